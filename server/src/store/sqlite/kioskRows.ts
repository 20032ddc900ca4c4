import type { Database } from 'better-sqlite3';
import type { DistrictTransaction, KioskRecord } from '../districtStore';

interface KioskRow {
  kiosk_id: string;
  office_id: string;
  secret_hash: string;
  created_at: string;
}

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

function toKiosk(row: KioskRow): KioskRecord {
  return { kioskId: row.kiosk_id, officeId: row.office_id, secretHash: row.secret_hash, createdAt: row.created_at };
}
