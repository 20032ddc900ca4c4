import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { publicOfficeStatusSchema, publicTicketStatusSchema } from '../shared/district/api';
import { createKioskCore } from '../electron/services/kiosk/kioskCore';
import { createPrinter } from '../electron/services/printing/createPrinter';
import { callNext, completeService, setCounterState } from '../electron/services/queue/calling';
import { outboxRows } from '../electron/services/queue/outboxRows';
import { districtEventTypes } from '../electron/services/sync/districtEvents';
import { registerKiosk } from '../server/src/kiosks/registerKiosk';
import { openPostgresStore } from '../server/src/store/postgres/openPostgresStore';
import { startPostgresCluster } from '../tools/postgresCluster';
import { startSolapiStub } from '../server/src/testSupport/solapiStub';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { districtProcess, type DistrictProcess } from '../tools/district/districtProcess';
import { startFaultProxy } from './district/faultProxy';
import { kioskDistrictOptions, SOLAPI, solapiServerEnv, TEMPLATES } from './district/solapiDistrict';
import { expect, test } from './fixtures';
import { freePort } from '../tools/freePort';

test.skip(({ transport }) => transport === 'electron', 'No kiosk window here: the kiosk core syncs in this process, the district servers are their own processes');
test.setTimeout(180_000);

const TICKETS = 6;
// Built here, never written out: 010-0000-xxxx is not a subscriber's number.
const phones = Array.from({ length: TICKETS }, (_, i) => ['010', '0000', String(5100 + i)].join(''));

interface DeliveryRow {
  ticket_id: string;
  kind: keyof typeof TEMPLATES;
  status: string;
}

test('two server instances on one PostgreSQL behind a round-robin proxy: one killed mid-delivery, every message still goes out exactly once', async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-two-instances-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const cluster = await startPostgresCluster();
    cleanups.push(() => cluster.stop());
    const databaseUrl = await cluster.createDatabase();
    const store = await openPostgresStore(databaseUrl);
    const credentials = await registerKiosk(store, 'e2e-office');
    await store.close();
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    cleanups.push(() => db.end());

    // One Solapi account with an address per instance, so the stub tells which instance asked.
    const solapi = await startSolapiStub(SOLAPI, { entrances: 2 });
    cleanups.push(() => solapi.close());
    const key = randomBytes(32).toString('hex');
    const instanceEnv = (solapiUrl: string) => ({
      SUNBEON_SERVER_DATABASE_URL: databaseUrl,
      SUNBEON_SERVER_KEY: key,
      SUNBEON_DELIVERY_LEASE_S: '2',
      ...solapiServerEnv(solapiUrl),
    });
    const instances: DistrictProcess[] = [];
    for (const solapiUrl of solapi.urls) instances.push(districtProcess(instanceEnv(solapiUrl), await freePort()));
    for (const instance of instances) cleanups.push(() => instance.kill());
    await Promise.all(instances.map((instance) => instance.start()));
    const proxy = await startFaultProxy(instances.map((instance) => instance.url));
    cleanups.push(() => proxy.close());

    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const kiosk = createKioskCore({
      dataDir: join(workDir, 'kiosk'),
      printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port }),
      demo: true,
      district: kioskDistrictOptions(proxy.url, credentials),
    });
    cleanups.push(() => kiosk.close());
    const { queue, changes } = kiosk;
    setCounterState(queue, 'counter-3', 'open');
    changes.notify();

    // The first message to be handed over is accepted by Solapi, but its answer never comes back:
    // the instance sending it is stuck there when it is killed.
    solapi.answerNext({ on: 'sendGroup', applied: true, stall: true });
    const issueMobile = kiosk.routes.get('kiosk:ticket:issue-mobile');
    if (!issueMobile) throw new Error('no mobile issuing route');
    const ticketOfPhone = new Map<string, string>();
    for (const phone of phones) {
      const issued = await issueMobile({ serviceId: 'passport', language: 'ko', phone, consented: true });
      if (!issued.ok) throw new Error(`issuing failed: ${issued.error.message}`);
      ticketOfPhone.set(phone, (issued.value as { ticket: { id: string } }).ticket.id);
    }

    await expect.poll(() => solapi.requests.filter((r) => r.operation === 'sendGroup').length, { timeout: 30_000 }).toBeGreaterThan(0);
    const stalled = solapi.requests.find((r) => r.operation === 'sendGroup');
    const killed = instances[stalled?.entrance ?? 0];
    await killed.kill();
    const requestsAtKill = solapi.requests.length;

    // The office goes on; half of the kiosk's requests now meet a dead instance.
    const unfinished = async (ticketId?: string) =>
      Number(
        (
          await db.query<{ n: string }>(`SELECT count(*) AS n FROM message_deliveries WHERE status IN ('pending', 'sending') AND ($1::text IS NULL OR ticket_id = $1)`, [
            ticketId ?? null,
          ])
        ).rows[0].n,
      );
    const serverStatus = async (ticketId: string) =>
      (await db.query<{ status: string }>('SELECT status FROM tickets WHERE ticket_id = $1', [ticketId])).rows[0]?.status;
    for (let i = 0; i < TICKETS; i += 1) {
      // Each resident has had every earlier message before the counter calls them.
      await expect.poll(() => unfinished(), { timeout: 30_000 }).toBe(0);
      const called = callNext(queue, 'counter-3');
      changes.notify();
      // The resident hears "called" before the service ends (else the message would rightly expire unsent).
      await expect.poll(() => serverStatus(called.id), { timeout: 30_000 }).toBe('called');
      await expect.poll(() => unfinished(called.id), { timeout: 30_000 }).toBe(0);
      completeService(queue, 'counter-3');
      changes.notify();
    }

    await expect.poll(() => outboxRows(kiosk.db).unsentCount(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => unfinished(), { timeout: 60_000 }).toBe(0);

    // No event lost: every event the kiosk sent for the district is in the shared log.
    const kioskEvents = (kiosk.db.prepare('SELECT event_id, event_type FROM outbox').all() as Array<{ event_id: string; event_type: string }>)
      .filter((row) => districtEventTypes.has(row.event_type))
      .map((row) => row.event_id);
    const serverEvents = new Set((await db.query<{ event_id: string }>('SELECT event_id FROM events')).rows.map((row) => row.event_id));
    expect(kioskEvents.filter((id) => !serverEvents.has(id))).toEqual([]);
    expect(new Set(proxy.routed)).toEqual(new Set([0, 1]));

    // Every message decided was sent, and each reached its resident exactly once.
    const deliveries = (await db.query<DeliveryRow>('SELECT ticket_id, kind, status FROM message_deliveries ORDER BY delivery_id')).rows;
    expect(deliveries.length).toBeGreaterThanOrEqual(TICKETS * 2);
    expect(deliveries.filter((row) => row.status !== 'sent')).toEqual([]);
    const phoneOfTicket = new Map([...ticketOfPhone].map(([phone, ticketId]) => [ticketId, phone]));
    const expected = deliveries.map((row) => `${phoneOfTicket.get(row.ticket_id)} ${TEMPLATES[row.kind]}`).sort();
    const received = solapi.delivered.map((message) => `${message.to} ${message.templateId}`).sort();
    expect(received).toEqual(expected);
    // The message stuck in the killed instance was finished by the survivor, which asked Solapi about its group first.
    expect(solapi.requests.slice(requestsAtKill).some((r) => r.operation === 'getGroup' && r.path.includes(stalled?.path.split('/')[4] ?? '?'))).toBe(true);

    // Pages are the same whichever instance serves them, and match the kiosk.
    await killed.start();
    const tickets = (await db.query<{ ticket_id: string; status_token: string; status: string }>('SELECT ticket_id, status_token, status FROM tickets')).rows;
    expect(tickets).toHaveLength(TICKETS);
    const read = async (url: string) => {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      return response.json() as Promise<unknown>;
    };
    for (const ticket of tickets) {
      const kioskStatus = (kiosk.db.prepare('SELECT status FROM tickets WHERE id = ?').get(ticket.ticket_id) as { status: string }).status;
      expect(ticket.status).toBe(kioskStatus);
      const pages = await Promise.all(instances.map(async (instance) => publicTicketStatusSchema.parse(await read(`${instance.url}/api/v1/tickets/${ticket.status_token}`))));
      expect(pages[0]).toEqual(pages[1]);
      expect(pages[0].status).toBe(kioskStatus);
    }
    const officePages = () =>
      Promise.all(instances.map(async (instance) => publicOfficeStatusSchema.parse(await read(`${instance.url}/api/v1/offices/e2e-office/status`))));
    await expect.poll(async () => {
      const [first, second] = await officePages();
      return JSON.stringify(first) === JSON.stringify(second);
    }, { timeout: 10_000 }).toBe(true);

    for (const instance of instances) {
      for (const phone of phones) expect(instance.output()).not.toContain(phone);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
