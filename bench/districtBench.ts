import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
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
import { startPostgresCluster, type PostgresCluster } from '../server/src/testSupport/postgresCluster';
import { districtProcess } from '../tools/district/districtProcess';
import { ms, timeEach } from './stats';
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
  const [drain] = await timeEach(1, () => drainAll(worker));
  await worker.stop();
  db.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return [[`drain ${OUTAGE_EVENTS.toLocaleString('en')} events after an outage (batches of 500)`, ms(drain), perSecond(OUTAGE_EVENTS, drain)]];
}

type Engine = 'SQLite' | 'PostgreSQL';

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
    // Every simulated resident reads from 127.0.0.1: the per-address limits must not refuse them.
    SUNBEON_PUBLIC_RATE_LIMIT: '1000000',
    SUNBEON_KIOSK_RATE_LIMIT: '1000000',
  };
  const servers = await Promise.all(Array.from({ length: instances }, async () => districtProcess(env, await freePort())));
  try {
    await Promise.all(servers.map((server) => server.start()));
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
    const [ingest] = await timeEach(1, () => drainAll(worker));
    await worker.stop();
    kioskDb.close();
    const reads = await loadTest(
      servers.map((server) => `${server.url}/api/v1/offices/bench-office/status`),
      READS,
      READ_CONCURRENCY,
    );
    return { ingest, reads };
  } finally {
    for (const server of servers) await server.kill();
  }
}

/**
 * The district server as its own processes, on SQLite and on PostgreSQL (a throwaway local cluster,
 * fsync off: compare instance counts on it, not engines' durability), one and two instances, beside
 * a bare Node HTTP server under the same read load: load from this process, on loopback only.
 */
export async function benchDistrictLoad(): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const cluster = await startPostgresCluster();
  try {
    const floor = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
    const floorReads = await loadTest([`http://127.0.0.1:${(floor.address() as AddressInfo).port}/`], READS, READ_CONCURRENCY);
    await new Promise((resolve) => floor.close(resolve));
    const floorRate = READS / floorReads;

    const rows: string[][] = [];
    for (const [engine, instances] of [['SQLite', 1], ['PostgreSQL', 1], ['PostgreSQL', 2]] as const) {
      const { ingest, reads } = await measureDistrict(engine, instances, cluster, dir);
      const label = `${engine}, ${instances} instance${instances > 1 ? 's' : ''}`;
      // Per instance: what each process served, against what one bare process serves (goal ≥ 0.8×).
      const perInstance = READS / reads / instances / floorRate;
      rows.push([`server ingest, ${label} (${OUTAGE_EVENTS.toLocaleString('en')} events)`, ms(ingest), perSecond(OUTAGE_EVENTS, ingest), '']);
      rows.push([`public status reads, ${label} (${READS} requests, ${READ_CONCURRENCY} at a time)`, ms(reads), perSecond(READS, reads), `${perInstance.toFixed(2)}× floor per instance`]);
    }
    rows.push(['floor: a bare Node HTTP server, same read load', ms(floorReads), perSecond(READS, floorReads), '1.00×']);
    return rows;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drainAll(worker: SyncWorker): Promise<void> {
  for (;;) {
    const { outcome } = await worker.drainOnce();
    if (outcome === 'drained') return;
    if (outcome !== 'deferred') throw new Error(`the bench drain stopped: ${outcome}`);
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
