import type { DistrictTransaction } from '../districtStore';
import { toKiosk, type KioskRow } from '../rowRecords';
import { statement, type Run } from './sql';

const insert = statement('kiosk_insert', 'INSERT INTO kiosks (kiosk_id, office_id, secret_hash, created_at) VALUES ($1, $2, $3, $4)');
const find = statement('kiosk_find', 'SELECT * FROM kiosks WHERE kiosk_id = $1');

export function kioskRows(run: Run): Pick<DistrictTransaction, 'insertKiosk' | 'findKiosk'> {
  return {
    async insertKiosk(kiosk) {
      await run(insert, [kiosk.kioskId, kiosk.officeId, kiosk.secretHash, kiosk.createdAt]);
    },
    async findKiosk(kioskId) {
      const [row] = (await run<KioskRow>(find, [kioskId])).rows;
      return row ? toKiosk(row) : null;
    },
  };
}
