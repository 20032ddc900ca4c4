import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { DistrictStore, DistrictTransaction } from '../districtStore';
import { contactRows } from './contactRows';
import { deliveryRows } from './deliveryRows';
import { eventRows } from './eventRows';
import { heartbeatRows } from './heartbeatRows';
import { kioskRows } from './kioskRows';
import { metaRows } from './metaRows';
import { postgresMigrations } from './migrations';
import { snapshotRows } from './snapshotRows';
import { runOn } from './sql';
import { ticketRows } from './ticketRows';

/** serialization_failure, deadlock_detected, unique_violation: another instance's transaction got there first; running again sees its result. */
const retryableCodes = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 12;
/** Any number both instances agree on, for the migration lock. */
const MIGRATION_LOCK = 0x5375_6e62;

export interface PostgresStoreOptions {
  /** Connections per instance; each transaction holds one. */
  poolSize?: number;
}

/**
 * The engine beyond one machine: any number of server instances share one PostgreSQL database.
 * Every transaction is SERIALIZABLE and runs again when PostgreSQL reports that a concurrent one
 * (perhaps on another instance) conflicted with it, so the rules see the same one-at-a-time world
 * as on SQLite, and constraints (event ids, one delivery per ticket and kind) hold across instances.
 */
export async function openPostgresStore(connectionString: string, { poolSize = 10 }: PostgresStoreOptions = {}): Promise<DistrictStore> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that breaks (the database restarts) must not crash the server.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const tx = (client: pg.PoolClient): DistrictTransaction => {
    const run = runOn(client);
    return { ...kioskRows(run), ...heartbeatRows(run), ...eventRows(run), ...ticketRows(run), ...snapshotRows(run), ...contactRows(run), ...deliveryRows(run), ...metaRows(run) };
  };

  return {
    async transaction(work) {
      for (let attempt = 1; ; attempt += 1) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          const result = await work(tx(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
        } finally {
          client.release();
        }
        // Full jitter, so two instances that collided do not collide again in step.
        await sleep(Math.random() * Math.min(200, 2 ** attempt));
      }
    },
    // Dead tuples of deleted contacts stay in the heap until VACUUM reclaims them; they were zeroed before the delete.
    async scrubDeletedData() {
      await pool.query('VACUUM contacts');
    },
    async close() {
      await pool.end();
    },
  };
}

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && retryableCodes.has((error as { code?: string }).code ?? '');
}

/** Applies the missing migrations, one instance at a time (an advisory lock), each in its own transaction. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const current = (await client.query<{ version: number }>('SELECT max(version) AS version FROM schema_version')).rows[0]?.version ?? 0;
    if (current > postgresMigrations.length) {
      throw new Error(`The district database is at schema version ${current}, newer than this server knows (${postgresMigrations.length})`);
    }
    for (let version = current; version < postgresMigrations.length; version += 1) {
      await client.query('BEGIN');
      try {
        await client.query(postgresMigrations[version]);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
