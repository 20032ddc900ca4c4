import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
    // What the kiosk's settings screen asks for: the id and the secret, each on its own line.
    expect(stdout).toContain(`secret:   ${secret}`);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const store = openSqliteStore(db);
    expect(await store.transaction((tx) => tx.findKiosk(kioskId))).toMatchObject({ officeId: 'gangnam', secretHash: secretHash(secret) });
    await store.close();
    // Every file the CLI wrote, the audit log among them.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
    const bytes = Buffer.concat(files.map((name) => readFileSync(join(dir, name))));
    expect(bytes.includes(secret)).toBe(false);
  });

  it('audits registering, rotating and revoking in the server log files, never with the token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunbeon-cli-'));
    dirs.push(dir);
    const db = join(dir, 'district.sqlite');
    const first = /token:\s+(\S+)/.exec((await run(tsx, [cli, '--db', db, '--office', 'gangnam'])).stdout)?.[1] ?? '';
    const kioskId = first.split('.')[0]!;
    const second = /token:\s+(\S+)/.exec((await run(tsx, [cli, '--db', db, '--rotate', kioskId, '--grace-hours', '0'])).stdout)?.[1] ?? '';
    await run(tsx, [cli, '--db', db, '--revoke', kioskId]);

    const logDir = join(dir, 'logs');
    const lines = readdirSync(logDir).flatMap((name) => readFileSync(join(logDir, name), 'utf8').trim().split('\n')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.msg, line.kioskId])).toEqual([
      ['district IT: kiosk registered', kioskId],
      ['district IT: kiosk token rotated', kioskId],
      ['district IT: kiosk revoked', kioskId],
    ]);
    expect(lines[1]).toMatchObject({ graceHours: 0, by: expect.any(String) });
    const written = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8')).join('');
    for (const token of [first, second]) expect(written).not.toContain(token.split('.')[1]);
  });

  it('explains its usage when an argument is missing', async () => {
    await expect(run(tsx, [cli, '--office', 'gangnam'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: registerKiosk (--db <file> | --database-url <postgres://…>) (--office <officeId>') });
  });
});
