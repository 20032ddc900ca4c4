import type { Database } from 'better-sqlite3';

/**
 * Copies every page of the WAL into the database file and empties the WAL: pages that
 * secure_delete zeroed replace, on disk, the copies the WAL still held of them.
 */
export function truncateWal(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Runs `write` as a commit that does not wait for the disk (synchronous=NORMAL): it becomes
 * durable with the next fsync'd commit or checkpoint. Only for a record whose loss in a power
 * cut is already handled (the start-up check turns it into its safe state).
 */
export function commitWithoutFsync<T>(db: Database, write: () => T): T {
  if (db.inTransaction) return write();
  db.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.pragma('synchronous = FULL');
  }
}
