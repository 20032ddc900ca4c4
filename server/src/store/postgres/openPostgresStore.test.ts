import { readdirSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgres } from '../../testSupport/usePostgres';
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
  it('numbers its migration files 001, 002 … in the order it applies them, one file per schema version', () => {
    const files = readdirSync(new URL('./migrations', import.meta.url)).filter((file) => /^\d{3}_.+\.ts$/.test(file)).sort();
    expect(files.map((file) => Number(file.slice(0, 3)))).toEqual(postgresMigrations.map((_, index) => index + 1));
  });

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

describe('two instances on one PostgreSQL database', () => {
  it('claim each message exactly once when their delivery workers race', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const at = '2026-03-02T01:00:00.000Z';
    const content = { kind: 'called' as const, officeName: { ko: '민원실', en: 'Office' }, displayNumber: '1001', language: 'ko' as const, counterNumber: 1 };
    await a.transaction(async (tx) => {
      for (let i = 0; i < 60; i += 1) await tx.addDelivery({ ticketId: `ticket-${i}`, kind: 'called', content, createdAt: at });
    });
    const drain = async (store: typeof a) => {
      const claimed: number[] = [];
      for (;;) {
        const delivery = await store.transaction((tx) => tx.claimNextDelivery(at, '2026-03-02T01:01:00.000Z'));
        if (!delivery) return claimed;
        claimed.push(delivery.deliveryId);
      }
    };
    const [fromA, fromB, fromA2, fromB2] = await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    const all = [...fromA, ...fromB, ...fromA2, ...fromB2];
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    // Both instances did share the work: SKIP LOCKED passed each other's claims by instead of queueing behind them.
    expect(Math.min(fromA.length + fromA2.length, fromB.length + fromB2.length)).toBeGreaterThan(0);
    await Promise.all([a.close(), b.close()]);
  });
});
