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
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can roll back a committed write on power loss: an already printed
  // ticket's number handed out again, or a batch the server acknowledged that the kiosk will never resend.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted phone numbers must not linger in free pages.
  db.pragma('secure_delete = ON');
  migrate(db, schema);
  return db;
}

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
