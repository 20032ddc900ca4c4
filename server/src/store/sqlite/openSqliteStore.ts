import { createSerialQueue } from '../../../../nodeShared/serialQueue';
import { openSqliteDatabase } from '../../../../nodeShared/sqliteDatabase';
import type { DistrictStore, DistrictTransaction } from '../districtStore';
import { contactRows } from './contactRows';
import { deliveryRows } from './deliveryRows';
import { eventRows } from './eventRows';
import { heartbeatRows } from './heartbeatRows';
import { kioskRows } from './kioskRows';
import { metaRows } from './metaRows';
import { migrations } from './migrations';
import { snapshotRows } from './snapshotRows';
import { ticketRows } from './ticketRows';

/** The embedded default engine: one file, one connection, one transaction at a time. */
export function openSqliteStore(file: string): DistrictStore {
  const db = openSqliteDatabase(file, { migrations, databaseName: 'The district database', reader: 'this server' });

  const tx: DistrictTransaction = {
    ...kioskRows(db),
    ...heartbeatRows(db),
    ...eventRows(db),
    ...ticketRows(db),
    ...snapshotRows(db),
    ...contactRows(db),
    ...deliveryRows(db),
    ...metaRows(db),
  };
  const serially = createSerialQueue();

  return {
    // better-sqlite3's own transaction() cannot span awaits, so BEGIN and COMMIT are explicit and the queue keeps others out meanwhile.
    transaction: (work) =>
      serially(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    // The WAL still holds the pages as they were before the delete until a checkpoint copies them back and the file is cut.
    scrubDeletedData: () =>
      serially(async () => {
        db.pragma('wal_checkpoint(TRUNCATE)');
      }),
    close: () =>
      serially(async () => {
        db.close();
      }),
  };
}
