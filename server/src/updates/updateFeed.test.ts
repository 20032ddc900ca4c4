import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerKiosk } from '../kiosks/registerKiosk';
import { useTestServers } from '../testSupport/testServers';
import { channelFileFor, inRollout } from './rollout';

const startServer = useTestServers();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const IT_TOKEN = 'it-token-it-token-it-token-it-token-1';
const INSTALLER = 'Sunbeon-Setup-1.3.0.exe';

/** What IT drops into the feed folder after a release build: an installer and electron-builder's latest.yml for it. */
function releaseFolder(): { dir: string; installer: Buffer; yml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-feed-'));
  dirs.push(dir);
  const installer = randomBytes(300_000);
  writeFileSync(join(dir, INSTALLER), installer);
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const yml = [
    'version: 1.3.0',
    'files:',
    `  - url: ${INSTALLER}`,
    `    sha512: ${sha512}`,
    `    size: ${installer.length}`,
    `path: ${INSTALLER}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-03-02T01:00:00.000Z'",
    '',
  ].join('\n');
  writeFileSync(join(dir, 'latest.yml'), yml);
  return { dir, installer, yml };
}

const get = (url: string, token: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });

describe('the update feed', () => {
  it('serves latest.yml and the installer it names, whose SHA-512 and size match, to registered kiosks only', async () => {
    const { dir, installer, yml } = releaseFolder();
    const district = await startServer({ updateDir: dir });
    const feed = `${district.server.url}/updates`;
    const channel = await get(`${feed}/latest.yml`, district.kiosk.token);
    expect(channel.status).toBe(200);
    const served = await channel.text();
    expect(served).toBe(yml);

    const sha512 = /^sha512: (.+)$/m.exec(served)?.[1];
    const download = Buffer.from(await (await get(`${feed}/${INSTALLER}`, district.kiosk.token)).arrayBuffer());
    expect(download.length).toBe(installer.length);
    expect(createHash('sha512').update(download).digest('base64')).toBe(sha512);

    expect((await fetch(`${feed}/latest.yml`)).status).toBe(401);
    for (const name of ['nothing.exe', '..%2Flatest.yml', '%2Fetc%2Fpasswd', 'rollout.json']) {
      expect((await get(`${feed}/${name}`, district.kiosk.token)).status).toBe(404);
    }
  });

  it('stages a release by office: a listed office is offered it, the others see stagingPercentage 0', async () => {
    const { dir } = releaseFolder();
    writeFileSync(join(dir, 'rollout.json'), JSON.stringify({ version: '1.3.0', offices: ['gangnam'] }));
    const district = await startServer({ updateDir: dir, itToken: IT_TOKEN });
    const elsewhere = await registerKiosk(district.server.store, 'mapo');
    const channelFor = async (token: string) => (await get(`${district.server.url}/updates/latest.yml`, token)).text();
    expect(await channelFor(district.kiosk.token)).not.toMatch(/stagingPercentage/);
    expect(await channelFor(elsewhere.token)).toMatch(/^stagingPercentage: 0$/m);

    // A rollout file left from an earlier release does not hold the new one back.
    writeFileSync(join(dir, 'rollout.json'), JSON.stringify({ version: '1.2.0', offices: [] }));
    expect(await channelFor(elsewhere.token)).not.toMatch(/stagingPercentage/);

    // A rollout IT got wrong offers the release to nobody, and says so in the log.
    writeFileSync(join(dir, 'rollout.json'), '{ "version": "1.3.0", "percent": 10 }');
    expect(await channelFor(district.kiosk.token)).toMatch(/^stagingPercentage: 0$/m);
    expect(district.log.lines.some((line) => line.includes('rollout.json in the update folder is invalid'))).toBe(true);

    // The fleet page counts kiosks behind the published version.
    const fleet = await (await get(`${district.server.url}/api/v1/it/fleet`, IT_TOKEN)).json();
    expect(fleet).toMatchObject({ currentVersion: '1.3.0' });
  });
});

describe('a percentage rollout', () => {
  const kiosks = Array.from({ length: 400 }, (_, i) => ({ kioskId: randomUUID(), officeId: `office-${i % 7}` }));
  const offered = (percentage: number) => kiosks.filter((kiosk) => inRollout({ version: '1.3.0', percentage, offices: [] }, kiosk));

  it('offers the release to about that share of kiosks, and raising it only adds kiosks', () => {
    const quarter = offered(25);
    expect(quarter.length).toBeGreaterThan(60);
    expect(quarter.length).toBeLessThan(140);
    const half = offered(50);
    expect(half).toEqual(expect.arrayContaining(quarter));
    expect(offered(0)).toEqual([]);
    expect(offered(100)).toHaveLength(400);
  });

  it('replaces a staging percentage IT wrote into latest.yml with the server’s decision', () => {
    const yml = 'version: 1.3.0\nstagingPercentage: 40\npath: x.exe\n';
    const rollout = { version: '1.3.0', percentage: 0, offices: ['gangnam'] };
    expect(channelFileFor(yml, rollout, { kioskId: randomUUID(), officeId: 'gangnam' })).toBe('version: 1.3.0\npath: x.exe\n');
    expect(channelFileFor(yml, rollout, { kioskId: randomUUID(), officeId: 'mapo' })).toBe('version: 1.3.0\npath: x.exe\nstagingPercentage: 0\n');
    expect(channelFileFor(yml, null, { kioskId: randomUUID(), officeId: 'mapo' })).toBe(yml);
  });
});
