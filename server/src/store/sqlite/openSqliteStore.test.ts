import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { migrate007ForecastUpdates } from './migrations/007_forecast_updates';
import { migrate008OfficeDayStart } from './migrations/008_office_day_start';
import { openSqliteStore } from './openSqliteStore';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-store-'));
  dirs.push(dir);
  return join(dir, 'district.sqlite');
}

/** A file at the schema just before `migration`, as a server of that time left it; the caller fills and closes it. */
function fileBefore(migration: (typeof migrations)[number]): { file: string; db: BetterSqlite3.Database } {
  const file = tempDb();
  const db = new BetterSqlite3(file);
  const before = migrations.indexOf(migration);
  for (const earlier of migrations.slice(0, before)) earlier(db);
  db.pragma(`user_version = ${before}`);
  return { file, db };
}

describe('openSqliteStore', () => {
  it('migrates a new file to the latest user_version in WAL mode, and reopens it unchanged', async () => {
    const file = tempDb();
    await openSqliteStore(file).close();
    await openSqliteStore(file).close();
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database written by a newer server', () => {
    const file = tempDb();
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this server knows/);
  });

  it('keeps every message when migration 007 rebuilds the deliveries table, and then takes numbered forecast updates', async () => {
    const { file, db } = fileBefore(migrate007ForecastUpdates);
    db.prepare(
      `INSERT INTO message_deliveries (delivery_id, ticket_id, kind, content, status, attempts, next_attempt_at, created_at, provider_ref, report)
       VALUES (7, 't1', 'issued', '{}', 'sent', 1, 'x', 'x', 'G4V1', 'delivered')`,
    ).run();
    db.close();
    await openSqliteStore(file).close();

    const after = new BetterSqlite3(file);
    expect(after.prepare('SELECT delivery_id, kind, revision, provider_ref, report FROM message_deliveries').all()).toEqual([
      { delivery_id: 7, kind: 'issued', revision: 0, provider_ref: 'G4V1', report: 'delivered' },
    ]);
    const update = after.prepare(`INSERT INTO message_deliveries (ticket_id, kind, revision, content, status, next_attempt_at, created_at) VALUES ('t1', 'update', ?, '{}', 'pending', 'x', 'x') ON CONFLICT DO NOTHING`);
    expect([1, 2, 2].map((revision) => update.run(revision).changes)).toEqual([1, 1, 0]);
    after.close();
  });

  it("keeps every office snapshot when migration 008 adds the office's day start hour: unknown until its kiosks send it", async () => {
    const { file, db } = fileBefore(migrate008OfficeDayStart);
    db.prepare(`INSERT INTO kiosks (kiosk_id, office_id, secret_hash, created_at) VALUES ('k1', 'gangnam', 'h', 'x')`).run();
    const payload = { businessDay: '2026-03-02', officeName: { ko: '민원실', en: 'Office' }, services: [], openCounters: {} };
    db.prepare(`INSERT INTO office_snapshots (office_id, kiosk_id, corrected_at, payload) VALUES ('gangnam', 'k1', 'x', ?)`).run(JSON.stringify(payload));
    db.close();

    const store = openSqliteStore(file);
    expect(await store.transaction(async (tx) => [await tx.officeDayStartHours(), (await tx.officeSnapshot('gangnam'))?.snapshot])).toEqual([new Map([['gangnam', null]]), payload]);
    await store.close();
  });
});
