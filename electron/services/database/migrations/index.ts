import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001_initial';

/** Numbered migrations; `PRAGMA user_version` records how many have run. Append only. */
export const migrations: ReadonlyArray<(db: Database) => void> = [migration001Initial];
