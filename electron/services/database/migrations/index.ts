import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001_initial';
import { migration002Calling } from './002_calling';
import { migration003CounterPairing } from './003_counter_pairing';

/** Numbered migrations; `PRAGMA user_version` records how many have run. Append only. */
export const migrations: ReadonlyArray<(db: Database) => void> = [migration001Initial, migration002Calling, migration003CounterPairing];
