import { openSqliteDatabase, type Database } from '../../../nodeShared/sqliteDatabase';

export { writeTransaction } from '../../../nodeShared/sqliteDatabase';
import { migrations } from './migrations';

export type { Database };

export const kioskSchema = { migrations, databaseName: 'The kiosk database', reader: 'this build' };

export function openDatabase(filePath: string): Database {
  return openSqliteDatabase(filePath, kioskSchema);
}
