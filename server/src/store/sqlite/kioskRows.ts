import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { toKiosk, type KioskRow } from '../rowRecords';

export function kioskRows(db: Database): Pick<DistrictTransaction, 'insertKiosk' | 'findKiosk'> {
  const insert = db.prepare('INSERT INTO kiosks (kiosk_id, office_id, secret_hash, created_at) VALUES (?, ?, ?, ?)');
  const find = db.prepare('SELECT * FROM kiosks WHERE kiosk_id = ?');
  return {
    async insertKiosk(kiosk) {
      insert.run(kiosk.kioskId, kiosk.officeId, kiosk.secretHash, kiosk.createdAt);
    },
    async findKiosk(kioskId) {
      const row = find.get(kioskId) as KioskRow | undefined;
      return row ? toKiosk(row) : null;
    },
  };
}

