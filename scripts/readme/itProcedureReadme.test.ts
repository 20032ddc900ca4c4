import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { rolloutPlace } from '../../server/src/updates/rollout';
import { freePort } from '../../tools/freePort';

const run = promisify(execFile);
const repo = join(__dirname, '../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## District IT: the whole procedure'), readme.indexOf('## Building installers'));
const [makeSecrets, startServer, register, publish, stage, rotateAndRevoke] = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);

/**
 * The README's IT procedure, run as written: its shell blocks with only the admin's paths swapped
 * for a fresh temp folder and the port for a free one, against a real district server process.
 */
describe("the README's district IT procedure", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-it-readme-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    // The server runs in its own process group (bash → npm → tsx → node): end all of it.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SUNBEON_')));
  const here = (block: string, port = 8787) =>
    block.replaceAll('/srv/sunbeon', join(dir, 'srv')).replaceAll('/etc/sunbeon', join(dir, 'etc')).replaceAll('SUNBEON_SERVER_PORT=8787', `SUNBEON_SERVER_PORT=${port}`);
  const bash = async (block: string, cwd = repo) => (await run('bash', ['-euo', 'pipefail', '-c', here(block)], { cwd, env })).stdout;
  const credentialsIn = (stdout: string) => {
    const kioskId = /kiosk id:\s+(\S+)/.exec(stdout)?.[1];
    const secret = /secret:\s+(\S+)/.exec(stdout)?.[1];
    if (!kioskId || !secret) throw new Error(`register-kiosk printed no kiosk id and secret:\n${stdout}`);
    return { kioskId, secret, token: `${kioskId}.${secret}` };
  };

  it('installs the server, registers kiosks, shows the fleet, publishes and stages a release, rotates and revokes', { timeout: 240_000 }, async () => {
    expect([makeSecrets, startServer, register, publish, stage, rotateAndRevoke].every(Boolean)).toBe(true);

    // 1. Secrets, then the server as the README starts it.
    await bash(makeSecrets);
    const itToken = readFileSync(join(dir, 'etc/it.token'), 'utf8').trim();
    expect(itToken.length).toBeGreaterThanOrEqual(32);
    const port = await freePort();
    server = spawn('bash', ['-euo', 'pipefail', '-c', here(startServer, port)], { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('district server listening')) resolve();
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.once('exit', (code) => reject(new Error(`the server stopped (${code}):\n${output}`)));
    });
    // A real key was given: no demo key generated beside the database.
    expect(output).not.toContain('SUNBEON_SERVER_KEY is not set');
    const base = `http://127.0.0.1:${port}`;

    // 3. Two kiosks: one of the README's office, one of another office.
    const gangnam = credentialsIn(await bash(register));
    const other = credentialsIn(await bash(register.replace('--office gangnam-1', '--office jongno')));

    // 4. The fleet page, behind the IT token as a Basic password with any user name.
    expect((await fetch(`${base}/it/fleet`)).status).toBe(401);
    const fleet = await fetch(`${base}/it/fleet`, { headers: { authorization: `Basic ${Buffer.from(`anyone:${itToken}`).toString('base64')}` } });
    expect(fleet.status).toBe(200);
    const page = await fleet.text();
    for (const shown of ['gangnam-1', 'jongno', gangnam.kioskId.slice(0, 8), other.kioskId.slice(0, 8), '보고한 적 없음']) expect(page).toContain(shown);

    // 6. then 5. A build folder as the release workflow leaves it; staged first, then published.
    const build = join(dir, 'sunbeon-feed-v1.3.0');
    mkdirSync(build);
    const installers = ['Sunbeon Setup 1.3.0.exe', 'Sunbeon Setup 1.3.0.exe.blockmap', 'Sunbeon-1.3.0.AppImage', 'Sunbeon-1.3.0.AppImage.blockmap', 'sunbeon_1.3.0_amd64.deb'];
    for (const name of installers) writeFileSync(join(build, name), `bytes of ${name}`);
    const channel = (file: string) => `version: 1.3.0\nfiles:\n  - url: ${file}\n    sha512: x\n    size: 1\npath: ${file}\nsha512: x\nreleaseDate: '2026-11-28T00:00:00.000Z'\n`;
    writeFileSync(join(build, 'latest.yml'), channel('Sunbeon Setup 1.3.0.exe'));
    writeFileSync(join(build, 'latest-linux.yml'), channel('Sunbeon-1.3.0.AppImage'));
    await run('bash', ['-c', 'sha256sum -- * > SHA256SUMS'], { cwd: build });
    await bash(stage);
    await bash(publish, dir);

    const feed = (file: string, token: string) => fetch(`${base}/updates/${encodeURIComponent(file)}`, { headers: { authorization: `Bearer ${token}` } });
    const offered = async (token: string) => {
      const answer = await feed('latest.yml', token);
      expect(answer.status).toBe(200);
      return !/stagingPercentage:\s*0\b/.test(await answer.text());
    };
    expect(await offered(gangnam.token)).toBe(true);
    // The other office gets it only if its place falls in the README's 10 %.
    expect(await offered(other.token)).toBe(rolloutPlace(other.kioskId, '1.3.0') < 10);
    for (const name of [...installers, 'latest-linux.yml']) expect((await feed(name, gangnam.token)).status, name).toBe(200);
    expect((await feed('latest.yml', 'nobody.secret')).status).toBe(401);

    // 7. Rotate: the new secret works, the old one through its grace; revoke: neither.
    const [rotate, revoke] = rotateAndRevoke.trim().split('\n');
    const rotated = credentialsIn(await bash(rotate!.replace('<kioskId>', gangnam.kioskId)));
    expect(rotated.kioskId).toBe(gangnam.kioskId);
    expect(rotated.secret).not.toBe(gangnam.secret);
    expect((await feed('latest.yml', gangnam.token)).status).toBe(200);
    expect((await feed('latest.yml', rotated.token)).status).toBe(200);
    await bash(revoke!.replace('<kioskId>', gangnam.kioskId));
    expect((await feed('latest.yml', rotated.token)).status).toBe(401);
    expect((await feed('latest.yml', gangnam.token)).status).toBe(401);
    expect((await feed('latest.yml', other.token)).status).toBe(200);

    // The audit of each step, in the server's log folder the README names.
    const logs = (await run('bash', ['-c', `cat ${join(dir, 'srv/logs')}/*.log`])).stdout;
    for (const line of ['district IT: kiosk registered', 'district IT: kiosk token rotated', 'district IT: kiosk revoked', 'district IT signed in']) expect(logs).toContain(line);
    expect(logs).not.toContain(rotated.secret);
  });
});
