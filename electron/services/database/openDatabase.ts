import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrations } from './migrations';

export type { Database };

export function openDatabase(filePath: string): Database {
  const db = new BetterSqlite3(filePath);
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can lose an acknowledged (already printed) ticket on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // Several processes (kiosk, tests' parallel issuers) may write: wait for the lock instead of failing.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`Database schema version ${current} is newer than this build knows (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      migrations[version](db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
