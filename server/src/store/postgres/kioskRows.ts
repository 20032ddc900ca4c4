import type { DistrictTransaction } from '../districtStore';
import { kioskSql } from '../kioskSql';
import { toKiosk, type KioskRow } from '../rowRecords';
import { statement, type Run } from './sql';

type KioskMethods = 'insertKiosk' | 'findKiosk' | 'rotateKioskSecret' | 'forgetPreviousSecret' | 'revokeKiosk';

const insert = statement('kiosk_insert', 'INSERT INTO kiosks (kiosk_id, office_id, secret_hash, created_at) VALUES ($1, $2, $3, $4)');
const find = statement('kiosk_find', 'SELECT * FROM kiosks WHERE kiosk_id = $1');
const rotate = statement('kiosk_rotate', kioskSql.rotate('$1', '$2', '$3'));
const forgetPrevious = statement('kiosk_forget_previous', kioskSql.forgetPrevious('$1'));
const revoke = statement('kiosk_revoke', kioskSql.revoke('$1', '$2'));

export function kioskRows(run: Run): Pick<DistrictTransaction, KioskMethods> {
  return {
    async insertKiosk(kiosk) {
      await run(insert, [kiosk.kioskId, kiosk.officeId, kiosk.secretHash, kiosk.createdAt]);
    },
    async findKiosk(kioskId) {
      const [row] = (await run<KioskRow>(find, [kioskId])).rows;
      return row ? toKiosk(row) : null;
    },
    async rotateKioskSecret(kioskId, secretHash, previousUntil) {
      return (await run(rotate, [secretHash, previousUntil, kioskId])).rowCount === 1;
    },
    async forgetPreviousSecret(kioskId) {
      await run(forgetPrevious, [kioskId]);
    },
    async revokeKiosk(kioskId, revokedAt) {
      return (await run(revoke, [revokedAt, kioskId])).rowCount === 1;
    },
  };
}
