import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { toSnapshot, type SnapshotRow } from '../rowRecords';

export function snapshotRows(db: Database): Pick<DistrictTransaction, 'officeSnapshot' | 'saveOfficeSnapshot'> {
  const find = db.prepare('SELECT * FROM office_snapshots WHERE office_id = ?');
  const upsert = db.prepare(
    `INSERT INTO office_snapshots (office_id, kiosk_id, corrected_at, payload) VALUES (?, ?, ?, ?)
     ON CONFLICT (office_id) DO UPDATE SET kiosk_id = excluded.kiosk_id, corrected_at = excluded.corrected_at, payload = excluded.payload`,
  );
  return {
    async officeSnapshot(officeId) {
      const row = find.get(officeId) as SnapshotRow | undefined;
      return row ? toSnapshot(row) : null;
    },
    async saveOfficeSnapshot({ officeId, kioskId, correctedAt, snapshot }) {
      upsert.run(officeId, kioskId, correctedAt, JSON.stringify(snapshot));
    },
  };
}
