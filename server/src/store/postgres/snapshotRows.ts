import type { DistrictTransaction } from '../districtStore';
import { toSnapshot, type SnapshotRow } from '../rowRecords';
import { snapshotSql, toDayStartHours, type DayStartHourRow } from '../snapshotSql';
import { statement, type Run } from './sql';

const find = statement('snapshot_find', 'SELECT * FROM office_snapshots WHERE office_id = $1');
const upsert = statement('snapshot_upsert', snapshotSql.upsert('$1', '$2', '$3', '$4', '$5'));
const dayStartHours = statement('snapshot_day_start_hours', snapshotSql.dayStartHours);

export function snapshotRows(run: Run): Pick<DistrictTransaction, 'officeSnapshot' | 'saveOfficeSnapshot' | 'officeDayStartHours'> {
  return {
    async officeSnapshot(officeId) {
      const [row] = (await run<SnapshotRow>(find, [officeId])).rows;
      return row ? toSnapshot(row) : null;
    },
    async saveOfficeSnapshot({ officeId, kioskId, correctedAt, snapshot }) {
      await run(upsert, [officeId, kioskId, correctedAt, JSON.stringify(snapshot), snapshot.businessDayStartHour ?? null]);
    },
    async officeDayStartHours() {
      return toDayStartHours((await run<DayStartHourRow>(dayStartHours)).rows);
    },
  };
}
