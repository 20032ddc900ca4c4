import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: `${__dirname}/..` });

async function ownerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'table-owners/no-sql-outside-owners').map((m) => m.message);
}

describe('the table-owner lint rule', () => {
  it.each([
    ['electron/services/kiosk/x.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['electron/services/queue/x.ts', `export const f = (ctx: { db: { exec(s: string): void } }) => ctx.db.exec('DELETE FROM tickets');`],
    ['electron/services/privacy/x.ts', `export const f = (db: { pragma(s: string): void }) => db.pragma('wal_checkpoint(TRUNCATE)');`],
    ['electron/main/x.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['bench/x.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['server/src/status/x.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
  ])('rejects SQL in %s: %s', async (filePath, source) => {
    expect(await ownerErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['electron/services/queue/ticketRows.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['electron/services/database/openDatabase.ts', `export const f = (db: { pragma(s: string): void }) => db.pragma('journal_mode = WAL');`],
    ['electron/services/database/migrations/009_x.ts', `export const f = (db: { exec(s: string): void }) => db.exec('CREATE TABLE t (a)');`],
    ['server/src/store/sqlite/ticketRows.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['electron/services/queue/x.test.ts', `export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');`],
    ['electron/services/lan/x.ts', `export const f = (header: string) => /^Bearer (.+)$/.exec(header);`],
    ['electron/services/lan/x.ts', `export const f = (header: string) => new RegExp('^a').exec(header);`],
  ])('allows %s: %s', async (filePath, source) => {
    expect(await ownerErrors(filePath, source)).toEqual([]);
  });
});
