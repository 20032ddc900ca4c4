import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
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
});
