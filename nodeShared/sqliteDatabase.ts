import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';

export type { Database };

/** Migration N brings a database from user_version N-1 to N. Append only. */
export type Migration = (db: Database) => void;

export interface SchemaOwner {
  /** Numbered migrations; `PRAGMA user_version` records how many have run. */
  migrations: readonly Migration[];
  /** Who reads the file, for the refusal of a newer one: "The kiosk database" … */
  databaseName: string;
  /** … "this build" / "this server". */
  reader: string;
}

/** A database file in WAL mode with full durability, migrated to the owner's latest schema. */
export function openSqliteDatabase(file: string, schema: SchemaOwner): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  // Several processes (the kiosk, its tools, parallel test issuers) may open one file: wait for a lock instead of failing.
  // SUNBEON_SQLITE_ADDON: the build for Electron's ABI when `npm start` runs Electron from the repository.
  const db = new BetterSqlite3(file, { timeout: 5_000, nativeBinding: process.env.SUNBEON_SQLITE_ADDON });
  retryWhileBusy(() => db.pragma('journal_mode = WAL'));
  // better-sqlite3 defaults WAL to NORMAL, which can roll back a committed write on power loss: an already printed
  // ticket's number handed out again, or a batch the server acknowledged that the kiosk will never resend.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted phone numbers must not linger in free pages.
  db.pragma('secure_delete = ON');
  retryWhileBusy(() => migrate(db, schema));
  return db;
}

/**
 * SQLite answers SQLITE_BUSY at once, without waiting out the busy timeout, where waiting could
 * deadlock: two processes switching one new file to WAL together is such a case (each holds a shared
 * lock and wants the exclusive one). The loser simply tries again.
 */
function retryWhileBusy<T>(action: () => T, giveUpAfterMs = 5_000): T {
  const giveUpAt = Date.now() + giveUpAfterMs;
  for (;;) {
    try {
      return action();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > giveUpAt) throw error;
      Atomics.wait(pauseCell, 0, 0, 5 + Math.random() * 20);
    }
  }
}
const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs the pending migrations in one write transaction, deciding what is pending only once the write
 * lock is held: a process that read the version before another finished migrating would otherwise
 * create the same tables again and fail ("table … already exists").
 */
export function migrate(db: Database, schema: SchemaOwner): void {
  const latest = schema.migrations.length;
  const versionNow = () => db.pragma('user_version', { simple: true }) as number;
  const refuseNewer = (version: number) => {
    if (version > latest) throw new Error(`${schema.databaseName} is at schema version ${version}, newer than ${schema.reader} knows (${latest})`);
  };
  refuseNewer(versionNow());
  if (versionNow() === latest) return;
  db.transaction(() => {
    const current = versionNow();
    refuseNewer(current);
    for (let version = current; version < latest; version += 1) schema.migrations[version](db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}
