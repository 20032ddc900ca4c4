import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { DataSplitter } from 'electron-updater/out/differentialDownloader/DataSplitter';
import { OperationKind } from 'electron-updater/out/differentialDownloader/downloadPlanBuilder';
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

/** The changed blocks of an installer, as electron-updater's differential download asks for them (end exclusive). */
const changedBlocks = [
  { start: 0, end: 10 },
  { start: 4_096, end: 70_000 },
  { start: 299_990, end: 300_000 },
];
/** electron-updater's own Range header: `bytes=a-b, c-d` (multipleRangeDownloader.ts). */
const rangeHeader = (blocks: typeof changedBlocks) => `bytes=${blocks.map((block) => `${block.start}-${block.end - 1}`).join(', ')}`;

/** The bytes of the blocks, parsed by electron-updater's own multipart reader, as it writes them into the new installer. */
async function readWithElectronUpdater(response: Response, blocks: typeof changedBlocks): Promise<Buffer> {
  const boundary = /boundary=(\S+)/.exec(response.headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw new Error(`not multipart: ${response.headers.get('content-type')}`);
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  const tasks = blocks.map((block) => ({ kind: OperationKind.DOWNLOAD, ...block }));
  await new Promise<void>((resolve, reject) => {
    const splitter = new DataSplitter(out, { tasks, start: 0, end: tasks.length, oldFileFd: -1 }, new Map(tasks.map((_, i) => [i, i])), boundary, tasks.map((t) => t.end - t.start), resolve, 0, undefined);
    splitter.on('error', reject);
    Readable.fromWeb(response.body as NodeReadableStream).pipe(splitter);
  });
  return Buffer.concat(chunks);
}

describe('partial downloads from the update feed', () => {
  it('answers electron-updater’s multi-range request with multipart/byteranges its own reader takes apart into the asked blocks', async () => {
    const { dir, installer } = releaseFolder();
    const district = await startServer({ updateDir: dir });
    const url = `${district.server.url}/updates/${INSTALLER}`;
    const headers = (range: string) => ({ authorization: `Bearer ${district.kiosk.token}`, range });

    const whole = await get(url, district.kiosk.token);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    await whole.arrayBuffer();

    const several = await fetch(url, { headers: headers(rangeHeader(changedBlocks)) });
    expect(several.status).toBe(206);
    const expected = Buffer.concat(changedBlocks.map((block) => installer.subarray(block.start, block.end)));
    expect((await readWithElectronUpdater(several, changedBlocks)).equals(expected)).toBe(true);

    // One block (electron-updater asks that way when only one changed): the bytes themselves.
    const one = await fetch(url, { headers: headers('bytes=4096-69999') });
    expect(one.status).toBe(206);
    expect(one.headers.get('content-range')).toBe(`bytes 4096-69999/${installer.length}`);
    expect(Buffer.from(await one.arrayBuffer()).equals(installer.subarray(4_096, 70_000))).toBe(true);

    const suffix = await fetch(url, { headers: headers('bytes=-100') });
    expect(Buffer.from(await suffix.arrayBuffer()).equals(installer.subarray(installer.length - 100))).toBe(true);

    const past = await fetch(url, { headers: headers(`bytes=${installer.length}-`) });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${installer.length}`);

    // A full batch of electron-updater's (1000 spans) deep into a 200 MB installer: a 21 KiB header.
    const large = join(dir, 'Sunbeon-Setup-1.4.0.exe');
    writeFileSync(large, '');
    truncateSync(large, 200_000_000);
    const thousand = Array.from({ length: 1_000 }, (_, i) => ({ start: 100_000_000 + i * 90_000, end: 100_000_000 + i * 90_000 + 100 }));
    expect(rangeHeader(thousand).length).toBeGreaterThan(16 * 1024);
    const batch = await fetch(`${district.server.url}/updates/Sunbeon-Setup-1.4.0.exe`, { headers: headers(rangeHeader(thousand)) });
    expect(batch.status).toBe(206);
    expect((await readWithElectronUpdater(batch, thousand)).equals(Buffer.alloc(100_000))).toBe(true);
  });

  it('counts the feed under its own limit, so an office’s kiosks updating together leave the public pages alone', async () => {
    const { dir } = releaseFolder();
    const district = await startServer({ updateDir: dir, rateLimits: { publicPerMinute: 3, updatesPerMinute: 8 } });
    const feed = `${district.server.url}/updates/latest.yml`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(feed, district.kiosk.token)).status);
    // Past the public limit, yet the public pages still have all of theirs.
    const pages: number[] = [];
    for (let i = 0; i < 4; i++) pages.push((await fetch(`${district.server.url}/t/guessed-token-${i}`)).status);
    expect(pages).toEqual([404, 404, 404, 429]);
    for (let i = 0; i < 4; i++) statuses.push((await get(feed, district.kiosk.token)).status);
    expect(statuses).toEqual([...Array<number>(8).fill(200), 429]);
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
