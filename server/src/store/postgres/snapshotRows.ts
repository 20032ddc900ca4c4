import type { DistrictTransaction } from '../districtStore';
import { toSnapshot, type SnapshotRow } from '../rowRecords';
import { statement, type Run } from './sql';

const find = statement('snapshot_find', 'SELECT * FROM office_snapshots WHERE office_id = $1');
const upsert = statement(
  'snapshot_upsert',
  `INSERT INTO office_snapshots (office_id, kiosk_id, corrected_at, payload) VALUES ($1, $2, $3, $4)
   ON CONFLICT (office_id) DO UPDATE SET kiosk_id = excluded.kiosk_id, corrected_at = excluded.corrected_at, payload = excluded.payload`,
);

export function snapshotRows(run: Run): Pick<DistrictTransaction, 'officeSnapshot' | 'saveOfficeSnapshot'> {
  return {
    async officeSnapshot(officeId) {
      const [row] = (await run<SnapshotRow>(find, [officeId])).rows;
      return row ? toSnapshot(row) : null;
    },
    async saveOfficeSnapshot({ officeId, kioskId, correctedAt, snapshot }) {
      await run(upsert, [officeId, kioskId, correctedAt, JSON.stringify(snapshot)]);
    },
  };
}
