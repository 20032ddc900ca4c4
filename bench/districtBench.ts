import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../nodeShared/clock';
import { openDatabase } from '../electron/services/database/openDatabase';
import type { Logger } from '../nodeShared/logger';
import { staticKeyProvider } from '../electron/services/privacy/keyProviders';
import { createPhoneVault } from '../electron/services/privacy/phoneVault';
import { issueTicket } from '../electron/services/issuing/issueTicket';
import { outboxRows } from '../electron/services/queue/outboxRows';
import { callNext, completeService, setCounterState, startServing } from '../electron/services/queue/calling';
import { officeSnapshot } from '../electron/services/kiosk/districtLink';
import { createSyncWorker, type SyncWorker } from '../electron/services/sync/syncWorker';
import { testOffice } from '../tools/fixtures/testOffice';
import { registerKiosk } from '../server/src/kiosks/registerKiosk';
import { startDistrictServer } from '../server/src/districtServer';
import { openSqliteStore } from '../server/src/store/sqlite/openSqliteStore';
import { openPostgresStore } from '../server/src/store/postgres/openPostgresStore';
import { startPostgresCluster, type PostgresCluster } from '../tools/postgresCluster';
import { districtProcess } from '../tools/district/districtProcess';
import { ms, timed } from './stats';
import { freePort } from '../tools/freePort';

const OUTAGE_EVENTS = 10_000;
const READS = 2_000;
const READ_CONCURRENCY = 16;
const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const perSecond = (count: number, millis: number) => `${Math.round((count / millis) * 1000).toLocaleString('en')}/s`;


/** A day offline: 10,000 events waiting in the outbox, drained to a district server in this process once it is back. */
export async function benchOutageDrain(): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  // Every simulated resident and kiosk reads from 127.0.0.1: the per-address limits (still counted) must not refuse them.
  const unlimited = { publicPerMinute: 1_000_000, kioskPerMinute: 1_000_000 };
  const server = await startDistrictServer({
    dbFile: join(dir, 'district.sqlite'),
    key: randomBytes(32),
    port: 0,
    log: quiet,
    dayCloseHour: null,
    rateLimits: unlimited,
  });
  const { kioskId, secret } = await registerKiosk(server.store, 'bench-office');
  const db = openDatabase(join(dir, 'kiosk.db'));
  for (let i = 0; i < OUTAGE_EVENTS; i += 1) issueTicket(db, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' });
  const worker = createSyncWorker({
    db,
    vault: createPhoneVault(staticKeyProvider(randomBytes(32))),
    clock: systemClock,
    log: quiet,
    config: { serverUrl: server.url, kioskId, secret, batchSize: 500 },
  });
  const drain = await timed(async () => {
    const failures = await drainAll(worker);
    if (failures.length > 0) throw new Error(`the in-process drain failed along the way: ${failures.join('; ')}`);
  });
  await worker.stop();
  db.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return [[`drain ${OUTAGE_EVENTS.toLocaleString('en')} events after an outage (batches of 500)`, ms(drain), perSecond(OUTAGE_EVENTS, drain)]];
}

type Engine = 'SQLite' | 'PostgreSQL';

/** Reads are taken in rounds, the floor and the server in turn, so the load other programs put on the machine falls on both alike. */
const READ_ROUNDS = 6;
const WARM_UP_READS = 100;

/** A bare Node HTTP server answering every request with the same bytes (FLOOR_BODY); prints its port. */
const FLOOR_PROGRAM = `
const body = process.env.FLOOR_BODY;
const server = require('node:http').createServer((request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(body));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/** `instances` bare Node processes serving `body`: the floor, as many processes as the district server has. */
async function startFloor(instances: number, body: string): Promise<{ urls: string[]; stop(): void }> {
  const children = Array.from({ length: instances }, () =>
    spawn(process.execPath, ['-e', FLOOR_PROGRAM], { env: { FLOOR_BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const urls = await Promise.all(
    children.map((child) => new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', (port: string) => resolve(`http://127.0.0.1:${port.trim()}/`)))),
  );
  return { urls, stop: () => children.forEach((child) => child.kill()) };
}

/** Status reads on the district server and on its floor, interleaved; total milliseconds of each. */
async function readsBesideFloor(serverUrls: string[]): Promise<{ server: number; floor: number }> {
  const body = await (await fetch(serverUrls[0])).text();
  const floor = await startFloor(serverUrls.length, body);
  try {
    await loadTest(serverUrls, WARM_UP_READS, READ_CONCURRENCY);
    await loadTest(floor.urls, WARM_UP_READS, READ_CONCURRENCY);
    const totals = { server: 0, floor: 0 };
    for (let round = 0; round < READ_ROUNDS; round += 1) {
      const serverFirst = round % 2 === 0;
      for (const side of serverFirst ? (['server', 'floor'] as const) : (['floor', 'server'] as const)) {
        totals[side] += await loadTest(side === 'server' ? serverUrls : floor.urls, READS / READ_ROUNDS, READ_CONCURRENCY);
      }
    }
    return totals;
  } finally {
    floor.stop();
  }
}

/** One district on `instances` server processes sharing its store; the kiosk's requests and the residents' reads take the instances in turn. */
async function measureDistrict(engine: Engine, instances: number, cluster: PostgresCluster, dir: string) {
  const dbFile = join(dir, `district-${engine}-${instances}.sqlite`);
  const databaseUrl = engine === 'PostgreSQL' ? await cluster.createDatabase() : null;
  const store = databaseUrl ? await openPostgresStore(databaseUrl) : openSqliteStore(dbFile);
  const { kioskId, secret } = await registerKiosk(store, 'bench-office');
  await store.close();
  const env = {
    ...(databaseUrl ? { SUNBEON_SERVER_DATABASE_URL: databaseUrl } : { SUNBEON_SERVER_DB: dbFile }),
    SUNBEON_SERVER_KEY: randomBytes(32).toString('hex'),
    SUNBEON_SERVER_LOG_DIR: join(dir, `logs-${engine}-${instances}`),
    // Every simulated resident reads from 127.0.0.1: the per-address limits must not refuse them.
    SUNBEON_PUBLIC_RATE_LIMIT: '1000000',
    SUNBEON_KIOSK_RATE_LIMIT: '1000000',
  };
  // Written before any server starts: the synchronous transaction blocks this process for a long while on a
  // loaded machine, and a keep-alive connection left idle meanwhile is closed by the server (after 72 s)
  // without this process noticing, so its first batch would go out on a dead socket.
  const kioskDb = openDatabase(join(dir, `kiosk-${engine}-${instances}.db`));
  const queue = { db: kioskDb, office: () => testOffice, clock: systemClock };
  // A day's backlog in one commit, each ticket issued, called, served and done (a short line keeps issuing quick):
  // what is measured is the server taking it, not the kiosk writing it.
  kioskDb.transaction(() => {
    setCounterState(queue, 'bulk-1', 'open');
    for (let i = 0; i < OUTAGE_EVENTS / 4; i += 1) {
      issueTicket(kioskDb, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' });
      callNext(queue, 'bulk-1');
      startServing(queue, 'bulk-1');
      completeService(queue, 'bulk-1');
    }
  })();
  outboxRows(kioskDb).append({ type: 'office.snapshot', ticketId: null, occurredAt: new Date().toISOString(), payload: officeSnapshot(queue) });
  const servers = await Promise.all(Array.from({ length: instances }, async () => districtProcess(env, await freePort())));
  try {
    await Promise.all(servers.map((server) => server.start()));
    let turn = 0;
    // A load balancer in front of the instances, played by the kiosk's fetch: each batch goes to the next one.
    const roundRobin: typeof fetch = (input, init) => fetch(String(input).replace(servers[0].url, servers[turn++ % instances].url), init);
    const worker = createSyncWorker({
      db: kioskDb,
      vault: createPhoneVault(staticKeyProvider(randomBytes(32))),
      clock: systemClock,
      log: quiet,
      config: { serverUrl: servers[0].url, kioskId, secret, batchSize: 500 },
      fetch: roundRobin,
    });
    let failures: string[] = [];
    const ingest = await timed(async () => (failures = await drainAll(worker)));
    await worker.stop();
    const reads = await readsBesideFloor(servers.map((server) => `${server.url}/api/v1/offices/bench-office/status`));
    return { ingest, failures, reads };
  } catch (error) {
    for (const server of servers) console.error(`district server ${server.url} said:\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    kioskDb.close();
    for (const server of servers) await server.kill();
  }
}

/**
 * The district server as its own processes, on SQLite and on PostgreSQL (a throwaway local cluster,
 * fsync off: compare instance counts on it, not engines' durability), one and two instances. Its
 * public status reads are held against the floor: as many bare Node processes serving the same bytes
 * under the same load, measured in turn with it. Load from this process, on loopback only.
 */
export async function benchDistrictLoad(): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const cluster = await startPostgresCluster();
  try {
    const rows: string[][] = [];
    for (const [engine, instances] of [['SQLite', 1], ['PostgreSQL', 1], ['PostgreSQL', 2]] as const) {
      const { ingest, failures, reads } = await measureDistrict(engine, instances, cluster, dir);
      const label = `${engine}, ${instances} instance${instances > 1 ? 's' : ''}`;
      const floorLabel = `${instances} bare Node process${instances > 1 ? 'es' : ''}`;
      const resent = failures.length === 0 ? '' : ` — ${failures.length} batch(es) resent after: ${[...new Set(failures)].join('; ')}`;
      rows.push([`server ingest, ${label} (${OUTAGE_EVENTS.toLocaleString('en')} events)${resent}`, ms(ingest), perSecond(OUTAGE_EVENTS, ingest), '']);
      // Both sides served the same number of reads: the ratio of times is the ratio of rates, per instance (goal ≥ 0.8×).
      rows.push([`public status reads, ${label} (${READS} requests, ${READ_CONCURRENCY} at a time)`, ms(reads.server), perSecond(READS, reads.server), `${(reads.floor / reads.server).toFixed(2)}×`]);
      rows.push([`  floor: ${floorLabel}, same bytes, same load, in turn`, ms(reads.floor), perSecond(READS, reads.floor), '1.00×']);
    }
    return rows;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Batches resent after a failure before the drain gives up: a kiosk would keep going, a bench must end. */
const MAX_RESENDS = 5;

/**
 * Drains as the kiosk's worker does on its own: a batch that failed (the server took longer than the
 * kiosk's 30 s, say) is sent again once the backoff allows, which the server answers as duplicates.
 * Answers the failures it went through, for the table: hiding them would flatter the rate.
 */
async function drainAll(worker: SyncWorker): Promise<string[]> {
  const failures: string[] = [];
  for (;;) {
    const { outcome } = await worker.drainOnce();
    if (outcome === 'drained') return failures;
    const { lastError, nextAttemptAt } = worker.state();
    if (outcome === 'failed') failures.push(lastError ?? 'no error recorded');
    else if (outcome !== 'deferred') throw new Error(`the bench drain stopped: ${outcome}`);
    if (failures.length > MAX_RESENDS) throw new Error(`the bench drain gave up after ${failures.length} failed batches: ${failures.join('; ')}`);
    if (nextAttemptAt) await sleep(Math.max(0, Date.parse(nextAttemptAt) - Date.now()));
  }
}

/** `total` GETs, `concurrency` at a time, taking the URLs in turn. */
async function loadTest(urls: string[], total: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const url = urls[next % urls.length];
        next += 1;
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  return performance.now() - started;
}
