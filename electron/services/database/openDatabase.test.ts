import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { migrations } from './migrations';
import { openDatabase } from './openDatabase';

const tempDir = useTempDirs();

describe('openDatabase', () => {
  it('creates the schema on a real file with WAL and synchronous=FULL', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['clock_high_water', 'number_sequences', 'outbox', 'settings', 'tickets']),
    );
    db.close();
  });

  it('runs each migration once: reopening keeps the data', () => {
    const file = join(tempDir(), 'k.db');
    const first = openDatabase(file);
    first.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '1')`).run();
    first.close();
    const second = openDatabase(file);
    expect(second.prepare(`SELECT value FROM settings WHERE key = 'probe'`).get()).toEqual({ value: '1' });
    expect(second.pragma('user_version', { simple: true })).toBe(migrations.length);
    second.close();
  });

  it('refuses a database written by a newer build instead of corrupting it', () => {
    const file = join(tempDir(), 'k.db');
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this build/);
  });
});
