import type { Database } from 'better-sqlite3';
import { officeDayStartColumn } from '../../snapshotSql';

/** The hour each office's business day starts, as its newest snapshot says (null until a kiosk of stop 15 or later sends one). */
export function migrate008OfficeDayStart(db: Database): void {
  db.exec(officeDayStartColumn);
}
