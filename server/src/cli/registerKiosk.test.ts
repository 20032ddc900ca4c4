import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { secretHash } from '../kiosks/kioskCredentials';
import { openSqliteStore } from '../store/sqlite/openSqliteStore';

const run = promisify(execFile);
const tsx = join(__dirname, '../../../node_modules/.bin/tsx');
const cli = join(__dirname, 'registerKiosk.ts');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('registerKiosk CLI', () => {
  it('prints a kiosk id and token once, and stores only the hash of the secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunbeon-cli-'));
    dirs.push(dir);
    const db = join(dir, 'district.sqlite');
    const { stdout } = await run(tsx, [cli, '--db', db, '--office', 'gangnam']);
    const token = /token:\s+(\S+)/.exec(stdout)?.[1] ?? '';
    const [kioskId, secret] = token.split('.');
    expect(stdout).toContain(`kiosk id: ${kioskId}`);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const store = openSqliteStore(db);
    expect(await store.transaction((tx) => tx.findKiosk(kioskId))).toMatchObject({ officeId: 'gangnam', secretHash: secretHash(secret) });
    await store.close();
    const bytes = Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
    expect(bytes.includes(secret)).toBe(false);
  });

  it('explains its usage when an argument is missing', async () => {
    await expect(run(tsx, [cli, '--office', 'gangnam'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: registerKiosk (--db <file> | --database-url <postgres://…>) (--office <officeId>') });
  });
});
