import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { toSnapshot, type SnapshotRow } from '../rowRecords';
import { snapshotSql, toDayStartHours, type DayStartHourRow } from '../snapshotSql';

export function snapshotRows(db: Database): Pick<DistrictTransaction, 'officeSnapshot' | 'saveOfficeSnapshot' | 'officeDayStartHours'> {
  const find = db.prepare('SELECT * FROM office_snapshots WHERE office_id = ?');
  const upsert = db.prepare(snapshotSql.upsert('?', '?', '?', '?', '?'));
  const dayStartHours = db.prepare(snapshotSql.dayStartHours);
  return {
    async officeSnapshot(officeId) {
      const row = find.get(officeId) as SnapshotRow | undefined;
      return row ? toSnapshot(row) : null;
    },
    async saveOfficeSnapshot({ officeId, kioskId, correctedAt, snapshot }) {
      upsert.run(officeId, kioskId, correctedAt, JSON.stringify(snapshot), snapshot.businessDayStartHour ?? null);
    },
    async officeDayStartHours() {
      return toDayStartHours(dayStartHours.all() as DayStartHourRow[]);
    },
  };
}
