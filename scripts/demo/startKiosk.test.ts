import { spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDemoOptions } from './demoOptions';
import { demoPorts, portsInUse } from './demoPorts';

const repo = join(__dirname, '../..');
const servers: Server[] = [];

async function occupiedPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function runStartKiosk(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'scripts/startKiosk.ts'), ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('npm start with a port already taken', () => {
  it('stops before building and names the variable to set', { timeout: 60_000 }, async () => {
    const taken = await occupiedPort();
    const { code, stdout, stderr } = await runStartKiosk({ SUNBEON_LAN_PORT: String(taken), SUNBEON_SERVER_PORT: '0', SUNBEON_PRINTER_PORT: '0', SUNBEON_PRINTER_CONTROL_PORT: '0', SUNBEON_VIEW_PORT: '0' });
    expect(code).toBe(2);
    expect(stderr).toContain(`Port ${taken} (LAN server (counter page, board)) is already in use: set SUNBEON_LAN_PORT to a free port`);
    expect(stdout).not.toContain('Building');
  });

  it('names every taken port, each with its own variable', async () => {
    const lan = await occupiedPort();
    const district = await occupiedPort();
    const problems = await portsInUse(Object.values(demoPorts({ SUNBEON_LAN_PORT: String(lan), SUNBEON_SERVER_PORT: String(district), SUNBEON_VIEW_PORT: '0', SUNBEON_PRINTER_PORT: '0', SUNBEON_PRINTER_CONTROL_PORT: '0' })));
    expect(problems).toEqual([
      expect.stringContaining(`set SUNBEON_LAN_PORT to a free port, e.g. SUNBEON_LAN_PORT=${lan + 1}`),
      expect.stringContaining('set SUNBEON_SERVER_PORT to a free port'),
    ]);
  });

  it('refuses two settings on one port, and a value that is no port', async () => {
    expect(await portsInUse(Object.values(demoPorts({ SUNBEON_LAN_PORT: '0', SUNBEON_VIEW_PORT: '0', SUNBEON_SERVER_PORT: '0', SUNBEON_PRINTER_PORT: '47001', SUNBEON_PRINTER_CONTROL_PORT: '47001' })))).toEqual([
      'SUNBEON_PRINTER_PORT and SUNBEON_PRINTER_CONTROL_PORT are both 47001: give each its own port',
    ]);
    expect(() => demoPorts({ SUNBEON_LAN_PORT: 'eighty' })).toThrow('SUNBEON_LAN_PORT=eighty is not a port number');
  });
});

describe('demo options', () => {
  it('takes flags over environment variables over defaults', () => {
    expect(parseDemoOptions([], {}, '/d')).toEqual({ orientation: 'portrait', language: 'ko', verbose: false, day: false, speed: 60, dataDir: '/d' });
    expect(parseDemoOptions(['--landscape', '--lang', 'en', '--day', '--speed', '120'], { SUNBEON_ORIENTATION: 'portrait', SUNBEON_LANGUAGE: 'ko' }, '/d')).toEqual({
      orientation: 'landscape',
      language: 'en',
      verbose: false,
      day: true,
      speed: 120,
      dataDir: '/d/day',
    });
    expect(parseDemoOptions([], { SUNBEON_ORIENTATION: 'landscape', SUNBEON_VERBOSE: '1', SUNBEON_DATA_DIR: '/x' }, '/d')).toMatchObject({ orientation: 'landscape', verbose: true, dataDir: '/x' });
  });

  it('explains a wrong option with the usage', () => {
    expect(() => parseDemoOptions(['--lang', 'fr'], {}, '/d')).toThrow(/language: .*\nUsage: npm start/);
    expect(() => parseDemoOptions(['--portrait', '--landscape'], {}, '/d')).toThrow('Choose one of --portrait and --landscape');
    expect(() => parseDemoOptions(['--speed', '0'], {}, '/d')).toThrow(/speed/);
  });
});
