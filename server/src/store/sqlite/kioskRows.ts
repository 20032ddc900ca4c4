import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { kioskSql } from '../kioskSql';
import { toKiosk, type KioskRow } from '../rowRecords';

type KioskMethods = 'insertKiosk' | 'findKiosk' | 'rotateKioskSecret' | 'forgetPreviousSecret' | 'revokeKiosk';

export function kioskRows(db: Database): Pick<DistrictTransaction, KioskMethods> {
  const insert = db.prepare('INSERT INTO kiosks (kiosk_id, office_id, secret_hash, created_at) VALUES (?, ?, ?, ?)');
  const find = db.prepare('SELECT * FROM kiosks WHERE kiosk_id = ?');
  const rotate = db.prepare(kioskSql.rotate('?', '?', '?'));
  const forgetPrevious = db.prepare(kioskSql.forgetPrevious('?'));
  const revoke = db.prepare(kioskSql.revoke('?', '?'));
  return {
    async insertKiosk(kiosk) {
      insert.run(kiosk.kioskId, kiosk.officeId, kiosk.secretHash, kiosk.createdAt);
    },
    async findKiosk(kioskId) {
      const row = find.get(kioskId) as KioskRow | undefined;
      return row ? toKiosk(row) : null;
    },
    async rotateKioskSecret(kioskId, secretHash, previousUntil) {
      return rotate.run(secretHash, previousUntil, kioskId).changes === 1;
    },
    async forgetPreviousSecret(kioskId) {
      forgetPrevious.run(kioskId);
    },
    async revokeKiosk(kioskId, revokedAt) {
      return revoke.run(revokedAt, kioskId).changes === 1;
    },
  };
}
