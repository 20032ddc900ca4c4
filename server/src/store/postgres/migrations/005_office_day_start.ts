import { officeDayStartColumn } from '../../snapshotSql';

/** The hour each office's business day starts, as its newest snapshot says (SQLite's 008). */
export const migrate005OfficeDayStart = officeDayStartColumn;
