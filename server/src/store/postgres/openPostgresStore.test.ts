import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgres } from '../../testSupport/postgresCluster';
import { postgresMigrations } from './migrations';
import { openPostgresStore } from './openPostgresStore';

const newDatabase = usePostgres();

async function schemaVersions(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).rows.map((row) => row.version);
  } finally {
    await client.end();
  }
}

describe('openPostgresStore', () => {
  it('migrates once when two instances start together, and reopens unchanged', async () => {
    const url = await newDatabase();
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    await Promise.all(stores.map((store) => store.close()));
    await (await openPostgresStore(url)).close();
    expect(await schemaVersions(url)).toEqual(postgresMigrations.map((_, index) => index + 1));
  });

  it('refuses a database written by a newer server', async () => {
    const url = await newDatabase();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('INSERT INTO schema_version (version) VALUES ($1)', [postgresMigrations.length + 1]);
    await client.end();
    await expect(openPostgresStore(url)).rejects.toThrow(/newer than this server knows/);
  });

  it('runs a transaction again when a concurrent one on another instance conflicts with it', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    // Read-then-write of one row from two instances at once: SERIALIZABLE aborts one, and its retry sees the other's write.
    const bump = (store: typeof a) =>
      store.transaction(async (tx) => {
        const value = Number((await tx.keyCheck()) ?? '0');
        await tx.setKeyCheck(String(value + 1));
      });
    await Promise.all(Array.from({ length: 10 }, (_, i) => bump(i % 2 ? a : b)));
    expect(await a.transaction((tx) => tx.keyCheck())).toBe('10');
    await Promise.all([a.close(), b.close()]);
  });
});
