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

/** How long a statement waits for another process's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/** A database file in WAL mode with full durability, migrated to the owner's latest schema. */
export function openSqliteDatabase(file: string, schema: SchemaOwner): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  // Several processes (the kiosk, its tools, parallel test issuers) may open one file: wait for a lock instead of failing.
  // SUNBEON_SQLITE_ADDON: the build for Electron's ABI when `npm start` runs Electron from the repository.
  const db = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS, nativeBinding: process.env.SUNBEON_SQLITE_ADDON });
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
function retryWhileBusy<T>(action: () => T): T {
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return action();
    } catch (error) {
      if (!isBusy(error) || Date.now() > giveUpAt) throw error;
      pause(5 + Math.random() * 20);
    }
  }
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread: the database calls are synchronous, so nothing else could run meanwhile anyway. */
const pause = (ms: number): void => void Atomics.wait(pauseCell, 0, 0, ms);

const isBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/**
 * Runs `work` as one BEGIN IMMEDIATE transaction (a savepoint inside an enclosing transaction):
 * the write lock is taken before the first read, so nothing read can go stale before the write.
 *
 * SQLite's lock is not a queue, and its busy handler backs off to one try per 100 ms, while a
 * process writing one transaction after another took the lock again within microseconds of each
 * commit: a waiting process missed every free moment and failed with SQLITE_BUSY after the whole
 * busy timeout (4 processes issuing non-stop on one file, issue 10). So the lock is waited for
 * here, trying every millisecond or so, and a connection that comes straight back for another
 * write first steps aside for as long, which gives a waiting process its turn.
 */
export function writeTransaction<T>(db: Database, work: () => T): T {
  if (db.inTransaction) return db.transaction(work).immediate();
  const writer = writerState(db);
  const sinceLastWrite = performance.now() - writer.lastWriteEndedAt;
  if (sinceLastWrite < STEP_ASIDE_MS) pause(STEP_ASIDE_MS - sinceLastWrite);
  let lockTaken = false;
  const transaction = db.transaction(() => {
    lockTaken = true;
    writer.busyTimeout.wait();
    return work();
  });
  writer.busyTimeout.failAtOnce();
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  try {
    for (;;) {
      try {
        return transaction.immediate();
      } catch (error) {
        if (lockTaken || !isBusy(error) || Date.now() > giveUpAt) throw error;
        pause(0.2 + Math.random());
      }
    }
  } finally {
    if (!lockTaken) writer.busyTimeout.wait();
    writer.lastWriteEndedAt = performance.now();
  }
}

/** Longer than a waiting writer's pause between tries, so it surely tries within the gap. */
const STEP_ASIDE_MS = 1.5;

interface WriterState {
  lastWriteEndedAt: number;
  busyTimeout: { wait: () => void; failAtOnce: () => void };
}
const writers = new WeakMap<Database, WriterState>();
function writerState(db: Database): WriterState {
  let writer = writers.get(db);
  if (!writer) {
    const wait = db.prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const failAtOnce = db.prepare('PRAGMA busy_timeout = 0');
    writer = { lastWriteEndedAt: -Infinity, busyTimeout: { wait: () => void wait.get(), failAtOnce: () => void failAtOnce.get() } };
    writers.set(db, writer);
  }
  return writer;
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
  writeTransaction(db, () => {
    const current = versionNow();
    refuseNewer(current);
    for (let version = current; version < latest; version += 1) schema.migrations[version](db);
    db.pragma(`user_version = ${latest}`);
  });
}
