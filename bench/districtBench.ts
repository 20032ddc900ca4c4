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
import { officeSnapshot } from '../electron/services/kiosk/districtLink';
import { createSyncWorker, type SyncWorker } from '../electron/services/sync/syncWorker';
import { testOffice } from '../tools/fixtures/testOffice';
import { registerKiosk } from '../server/src/kiosks/registerKiosk';
import { startDistrictServer } from '../server/src/districtServer';
import { openSqliteStore } from '../server/src/store/sqlite/openSqliteStore';
import { districtProcess } from '../e2e/district/districtProcess';
import { ms, timeEach } from './stats';
import { freePort } from '../e2e/freePort';

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

/** The district server as its own process; load from this one, on loopback only, bounded in count. */
export async function benchDistrictLoad(): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const dbFile = join(dir, 'district.sqlite');
  const store = openSqliteStore(dbFile);
  const { kioskId, secret } = await registerKiosk(store, 'bench-office');
  await store.close();
  const server = districtProcess({ SUNBEON_SERVER_DB: dbFile, SUNBEON_SERVER_KEY: randomBytes(32).toString('hex') }, await freePort());
  await server.start();

  const kioskDb = openDatabase(join(dir, 'kiosk.db'));
  for (let i = 0; i < OUTAGE_EVENTS; i += 1) issueTicket(kioskDb, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' });
  const queue = { db: kioskDb, office: () => testOffice, clock: systemClock };
  outboxRows(kioskDb).append({ type: 'office.snapshot', ticketId: null, occurredAt: new Date().toISOString(), payload: officeSnapshot(queue) });
  const worker = createSyncWorker({ db: kioskDb, vault: createPhoneVault(staticKeyProvider(randomBytes(32))), clock: systemClock, log: quiet, config: { serverUrl: server.url, kioskId, secret, batchSize: 500 } });
  const [ingest] = await timeEach(1, () => drainAll(worker));
  await worker.stop();
  kioskDb.close();

  const read = (url: string) => loadTest(url, READS, READ_CONCURRENCY);
  const statusReads = await read(`${server.url}/api/v1/offices/bench-office/status`);
  const floor = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
  const floorReads = await read(`http://127.0.0.1:${(floor.address() as AddressInfo).port}/`);
  await new Promise((resolve) => floor.close(resolve));
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
  return [
    [`server ingest (separate process, ${OUTAGE_EVENTS.toLocaleString('en')} events)`, ms(ingest), perSecond(OUTAGE_EVENTS, ingest)],
    [`public status reads (${READS} requests, ${READ_CONCURRENCY} at a time)`, ms(statusReads), perSecond(READS, statusReads)],
    ['floor: a bare Node HTTP server, same load', ms(floorReads), perSecond(READS, floorReads)],
  ];
}

async function drainAll(worker: SyncWorker): Promise<void> {
  for (;;) {
    const { outcome } = await worker.drainOnce();
    if (outcome === 'drained') return;
    if (outcome !== 'deferred') throw new Error(`the bench drain stopped: ${outcome}`);
  }
}

async function loadTest(url: string, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  return performance.now() - started;
}
