import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { DistrictStore, DistrictTransaction } from '../districtStore';
import { contactRows } from './contactRows';
import { deliveryRows } from './deliveryRows';
import { eventRows } from './eventRows';
import { kioskRows } from './kioskRows';
import { metaRows } from './metaRows';
import { migrations } from './migrations';
import { createSerialQueue } from '../../../../nodeShared/serialQueue';
import { snapshotRows } from './snapshotRows';
import { ticketRows } from './ticketRows';

/** The embedded default engine: one file, one connection, one transaction at a time. */
export function openSqliteStore(file: string): DistrictStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can roll back an acknowledged batch on power loss: the kiosk would never resend it.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted phone numbers must not linger in free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const tx: DistrictTransaction = {
    ...kioskRows(db),
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

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`The district database is at schema version ${current}, newer than this server knows (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      migrations[version](db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
