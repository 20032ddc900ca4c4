import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../shared/district/api';
import { systemClock } from '../../../nodeShared/clock';
import { testPhone, testVault } from '../privacy/testSupport/mobileTestDatabase';
import { callNext, completeService, setCounterState, startServing } from '../queue/calling';
import { outboxRows } from '../queue/outboxRows';
import { useTempDirs } from '../testSupport/tempDir';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { startDistrictStub, STUB_KIOSK_ID, STUB_SECRET, type DistrictStub } from './testSupport/districtStub';
import { openSyncTestDatabase, setupSyncKiosk } from './testSupport/syncTestKiosk';
import { SyncConfigError, type SyncConfig } from './syncConfig';
import { createSyncWorker, type SyncWorkerOptions } from './syncWorker';

const tempDir = useTempDirs();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function districtAndKiosk(overrides: Partial<SyncConfig> = {}, worker: Partial<SyncWorkerOptions> = {}) {
  const stub = await startDistrictStub();
  closers.push(stub.close);
  const kiosk = setupSyncKiosk(tempDir(), stub.url, overrides, worker);
  closers.push(async () => {
    await kiosk.sync.stop();
    kiosk.db.close();
  });
  return { stub, kiosk };
}

const eventsOf = (stub: DistrictStub): KioskEvent[] => stub.received.flatMap((request) => request.batch.events);
const sequencesOf = (stub: DistrictStub) => eventsOf(stub).map((event) => event.kioskSequence);
const isAscending = (values: number[]) => values.every((value, i) => i === 0 || value > values[i - 1]);

describe('sync worker against a district server on 127.0.0.1', () => {
  it('sends batches in outbox order with the kiosk token, and marks the kiosk-only events sent without sending them', async () => {
    const { stub, kiosk } = await districtAndKiosk({ batchSize: 200 });
    const queue = { db: kiosk.db, office: () => testOffice, clock: kiosk.clock };
    kiosk.db.transaction(() => {
      setCounterState(queue, 'bulk-1', 'open');
      for (let i = 0; i < 450; i += 1) kiosk.issuePaper('bulk');
      for (let i = 0; i < 10; i += 1) callNext(queue, 'bulk-1');
    })();

    const result = await kiosk.sync.drainOnce();

    expect(result).toEqual({ outcome: 'drained', delivered: 450 + 10 + 9, skipped: 1, backlog: 0 });
    expect(stub.received).toHaveLength(3);
    expect(stub.received.every((request) => request.authorization === 'Bearer kiosk-7.test-secret-7f3a')).toBe(true);
    expect(stub.received.every((request) => request.batch.events.length <= 200)).toBe(true);
    expect(isAscending(sequencesOf(stub))).toBe(true);
    expect(eventsOf(stub).some((event) => (event.type as string) === 'counter.state')).toBe(false);
    const firstCalledId = eventsOf(stub).find((event) => event.type === 'ticket.called')?.ticketId;
    expect(eventsOf(stub).filter((event) => event.ticketId === firstCalledId).map((event) => event.type)).toEqual(['ticket.issued', 'ticket.called', 'ticket.completed']);
  });

  it('resends after a lost answer: the server reports duplicates, nothing is applied twice, the status token stays the same', async () => {
    const { stub, kiosk } = await districtAndKiosk();
    for (let i = 0; i < 3; i += 1) kiosk.issuePaper();
    stub.script('drop-answer');

    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'failed', delivered: 0, backlog: 3 });
    expect(stub.applied).toHaveLength(3);
    expect(kiosk.sync.state().lastError).toMatch(/cannot be reached/);

    kiosk.later(60_000);
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'drained', delivered: 3, backlog: 0 });
    expect(stub.applied).toHaveLength(3);
    const [lost, resent] = stub.received.map((request) => request.batch.events);
    expect(resent).toEqual(lost);
    const tokens = kiosk.db.prepare('SELECT status_token FROM tickets ORDER BY rowid').all() as { status_token: string }[];
    expect(lost.map((event) => (event.type === 'ticket.issued' ? event.payload.statusToken : null))).toEqual(tokens.map((t) => t.status_token));
  });

  it('retries after 5xx, the failed batch before anything newer, and state() tells backlog, error and last success', async () => {
    const { stub, kiosk } = await districtAndKiosk({ batchSize: 2 });
    for (let i = 0; i < 3; i += 1) kiosk.issuePaper();
    expect(kiosk.sync.state()).toEqual({ lastSuccessAt: null, backlog: 3, setAside: 0, lastError: null, circuit: 'closed', nextAttemptAt: null });
    stub.script({ status: 503 }, { status: 500 });

    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'failed', backlog: 3 });
    expect(kiosk.sync.state()).toEqual({
      lastSuccessAt: null,
      backlog: 3,
      setAside: 0,
      lastError: 'the district server answered HTTP 503',
      circuit: 'closed',
      nextAttemptAt: new Date(kiosk.clock.now() + 500).toISOString(),
    });
    kiosk.issuePaper();
    kiosk.later(500);
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'failed', backlog: 4 });
    expect(kiosk.sync.state().lastError).toBe('the district server answered HTTP 500');

    kiosk.later(1_000);
    expect(await kiosk.sync.drainOnce()).toEqual({ outcome: 'drained', delivered: 4, skipped: 0, backlog: 0 });
    expect(kiosk.sync.state()).toEqual({ lastSuccessAt: new Date(kiosk.clock.now()).toISOString(), backlog: 0, setAside: 0, lastError: null, circuit: 'closed', nextAttemptAt: null });
    expect(stub.received.map((request) => request.batch.events.map((event) => event.kioskSequence))).toEqual([[1, 2], [1, 2], [1, 2], [3, 4]]);
    expect(kiosk.logged).toEqual([
      'District sync: the district server answered HTTP 503',
      'District sync: the district server answered HTTP 500',
      'District sync is delivering again',
    ]);
  });

  it('waits as long as a 429 or 503 says in Retry-After over HTTP, and at most a minute when the server says nothing', async () => {
    const { stub, kiosk } = await districtAndKiosk({}, { random: () => 0.999 });
    kiosk.issuePaper();
    stub.script({ status: 429, retryAfter: '45' }, { status: 503, retryAfter: '90' });
    expect((await kiosk.sync.drainOnce()).outcome).toBe('failed');
    expect(kiosk.sync.state()).toMatchObject({ lastError: 'the district server answered HTTP 429', nextAttemptAt: new Date(kiosk.clock.now() + 45_000).toISOString() });
    kiosk.later(44_999);
    expect((await kiosk.sync.drainOnce()).outcome).toBe('deferred');
    kiosk.later(1);
    expect((await kiosk.sync.drainOnce()).outcome).toBe('failed');
    expect(kiosk.sync.state().nextAttemptAt).toBe(new Date(kiosk.clock.now() + 90_000).toISOString());
    // Without Retry-After the backoff grows, but never past the office's one-minute ceiling.
    stub.whenIdle = { status: 503 };
    for (let attempt = 0; attempt < 12; attempt += 1) {
      kiosk.clock.set(Date.parse(kiosk.sync.state().nextAttemptAt ?? new Date(kiosk.clock.now()).toISOString()));
      await kiosk.sync.drainOnce();
      expect(Date.parse(kiosk.sync.state().nextAttemptAt ?? '') - kiosk.clock.now()).toBeLessThanOrEqual(60_000);
    }
    expect(stub.received.length).toBeGreaterThanOrEqual(8);
  });

  it('backs off with full jitter: random(0, min(cap, base·2^attempt)), and sends nothing before the time', async () => {
    const draws = [0.25, 0.5, 0.999, 0];
    const { stub, kiosk } = await districtAndKiosk({ baseDelayMs: 1_000, maxDelayMs: 3_000 }, { random: () => draws.shift() ?? 0 });
    stub.whenIdle = { status: 503 };
    kiosk.issuePaper();

    for (const expectedDelay of [250, 1_000, 2_997, 0]) {
      const requestsBefore = stub.received.length;
      expect((await kiosk.sync.drainOnce()).outcome).toBe('failed');
      expect(stub.received).toHaveLength(requestsBefore + 1);
      const nextAttemptAt = kiosk.clock.now() + expectedDelay;
      expect(kiosk.sync.state().nextAttemptAt).toBe(expectedDelay > 0 ? new Date(nextAttemptAt).toISOString() : null);
      if (expectedDelay > 0) {
        kiosk.clock.set(nextAttemptAt - 1);
        expect((await kiosk.sync.drainOnce()).outcome).toBe('deferred');
        expect(stub.received).toHaveLength(requestsBefore + 1);
        kiosk.clock.set(nextAttemptAt);
      }
    }
    expect(draws).toEqual([]);
  });

  it('opens the circuit after 5 failures in a row, then lets one probe through at a time', async () => {
    const { stub, kiosk } = await districtAndKiosk({ batchSize: 2, maxDelayMs: 60_000 }, { random: () => 0 });
    stub.whenIdle = 'hang-up';
    for (let i = 0; i < 5; i += 1) kiosk.issuePaper();

    for (let i = 0; i < 5; i += 1) await kiosk.sync.drainOnce();
    expect(stub.received).toHaveLength(0);
    expect(kiosk.sync.state()).toMatchObject({ circuit: 'open', nextAttemptAt: new Date(kiosk.clock.now() + 60_000).toISOString() });
    kiosk.later(59_999);
    expect((await kiosk.sync.drainOnce()).outcome).toBe('deferred');

    stub.whenIdle = { status: 502 };
    kiosk.later(1);
    expect(kiosk.sync.state().circuit).toBe('half-open');
    expect((await kiosk.sync.drainOnce()).outcome).toBe('failed');
    expect(stub.received).toHaveLength(1);
    expect(kiosk.sync.state()).toMatchObject({ circuit: 'open', lastError: 'the district server answered HTTP 502' });

    stub.whenIdle = 'ok';
    kiosk.later(60_000);
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'drained', delivered: 5 });
    expect(kiosk.sync.state().circuit).toBe('closed');
    expect(stub.received.map((request) => request.batch.events.length)).toEqual([2, 2, 2, 1]);
    expect(kiosk.logged.filter((line) => line.includes('paused'))).toEqual(['District sync paused for 60 s after 5 failures in a row']);
  });

  // How fast this drains is measured by `npm run bench` (district bench); here: all of it, once, in order.
  it('drains a day offline (10,000 events: 2,500 tickets issued, called, served, done), each applied once and in order', { timeout: 120_000 }, async () => {
    const { stub, kiosk } = await districtAndKiosk();
    stub.whenIdle = 'hang-up';
    const queue = { db: kiosk.db, office: () => testOffice, clock: kiosk.clock };
    kiosk.db.transaction(() => {
      setCounterState(queue, 'bulk-1', 'open');
      for (let i = 0; i < 2_500; i += 1) {
        kiosk.issuePaper('bulk');
        callNext(queue, 'bulk-1');
        startServing(queue, 'bulk-1');
        completeService(queue, 'bulk-1');
      }
    })();
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'failed', skipped: 1, backlog: 10_000 });

    stub.whenIdle = 'ok';
    kiosk.later(60_000);
    expect(await kiosk.sync.drainOnce()).toEqual({ outcome: 'drained', delivered: 10_000, skipped: 0, backlog: 0 });
    expect(stub.received).toHaveLength(50);
    expect(new Set(stub.applied).size).toBe(10_000);
    expect(isAscending(sequencesOf(stub))).toBe(true);
  });

  it('carries the phone number only in the HTTP body of the issue event of a waiting mobile ticket, never in the outbox or a log', async () => {
    const { stub, kiosk } = await districtAndKiosk();
    const phone = testPhone();
    const finishedPhone = testPhone('5679');
    const queue = { db: kiosk.db, office: () => testOffice, clock: kiosk.clock };
    setCounterState(queue, 'bulk-1', 'open');
    kiosk.issuePaper('bulk');
    const mobile = kiosk.issueMobile(phone, 'bulk');
    const finished = kiosk.issueMobile(finishedPhone);
    kiosk.db.prepare(`UPDATE tickets SET status = 'done' WHERE id = ?`).run(finished.id);
    callNext(queue, 'bulk-1');
    callNext(queue, 'bulk-1');

    await kiosk.sync.drainOnce();

    const outbox = JSON.stringify(kiosk.db.prepare('SELECT * FROM outbox').all());
    expect(outbox.includes(phone) || outbox.includes(finishedPhone)).toBe(false);
    const bodies = stub.received.map((request) => request.rawBody).join('\n');
    expect(bodies.split(phone).length - 1).toBe(1);
    expect(bodies.includes(finishedPhone)).toBe(false);
    expect(kiosk.logged.join('\n').includes(phone)).toBe(false);

    const withContact = eventsOf(stub).filter((event) => event.type === 'ticket.issued' && event.payload.contact);
    expect(withContact.map((event) => event.ticketId)).toEqual([mobile.id]);
    const issued = withContact[0];
    if (issued.type !== 'ticket.issued') throw new Error('expected the issue event');
    expect(issued.payload.contact?.phone === phone).toBe(true);
    const row = kiosk.db.prepare('SELECT rowid, status_token FROM tickets WHERE id = ?').get(mobile.id) as { rowid: number; status_token: string };
    expect(issued.payload).toMatchObject({ kind: 'mobile', language: 'en', lineOrder: row.rowid, statusToken: row.status_token, businessDay: '2026-11-24' });
    expect(eventsOf(stub).some((event) => event.ticketId === mobile.id && event.type === 'ticket.called')).toBe(true);
  });

  it('shows refused credentials as an error and retries them slowly, with the circuit closed', async () => {
    const { stub, kiosk } = await districtAndKiosk({ secret: 'wrong-secret', maxDelayMs: 60_000 });
    kiosk.issuePaper();

    expect((await kiosk.sync.drainOnce()).outcome).toBe('failed');
    expect(kiosk.sync.state()).toMatchObject({
      lastError: "the district server does not accept this kiosk's id and secret (HTTP 401)",
      circuit: 'closed',
      backlog: 1,
      nextAttemptAt: new Date(kiosk.clock.now() + 60_000).toISOString(),
    });
    kiosk.later(60_000);
    await kiosk.sync.drainOnce();
    expect(stub.received).toHaveLength(0);
    expect(kiosk.logged).toEqual(["District sync: the district server does not accept this kiosk's id and secret (HTTP 401)"]);
    expect(kiosk.logged.join().includes('wrong-secret')).toBe(false);
  });

  it('skips a malformed row, logged by its id only, so it never blocks the events behind it', async () => {
    const { stub, kiosk } = await districtAndKiosk();
    const broken = outboxRows(kiosk.db).append({ type: 'ticket.called', ticketId: randomUUID(), occurredAt: '2026-11-24T01:00:00.000Z', payload: { serviceId: 'passport' } });
    kiosk.db.prepare(`UPDATE outbox SET payload = 'not json' WHERE event_id = ?`).run(
      outboxRows(kiosk.db).append({ type: 'ticket.recalled', ticketId: randomUUID(), occurredAt: '2026-11-24T01:00:00.000Z', payload: {} }),
    );
    const ticket = kiosk.issuePaper();

    expect(await kiosk.sync.drainOnce()).toEqual({ outcome: 'drained', delivered: 1, skipped: 2, backlog: 0 });
    expect(eventsOf(stub).map((event) => event.ticketId)).toEqual([ticket.id]);
    expect(kiosk.logged[0]).toBe(`Outbox event ${broken} (position 1) does not fit the district contract (payload.displayNumber); skipped`);
    expect(kiosk.logged[1]).toMatch(/position 2\) does not fit the district contract \(payload\.displayNumber, payload\.serviceId\)/);
  });

  it('splits a batch the server refuses as invalid, sets the bad event aside with the reason (kept), and sends the rest in order at once', async () => {
    const { stub, kiosk } = await districtAndKiosk({ batchSize: 8 });
    const tickets = Array.from({ length: 10 }, () => kiosk.issuePaper());
    const bad = tickets[4].id;
    stub.refuses = (event) => event.ticketId === bad;

    expect(await kiosk.sync.drainOnce()).toEqual({ outcome: 'drained', delivered: 9, skipped: 0, backlog: 0 });
    expect(stub.applied).toHaveLength(9);
    const ticketOfEvent = new Map(eventsOf(stub).map((event) => [event.eventId, event.ticketId]));
    expect(stub.applied.map((eventId) => ticketOfEvent.get(eventId))).toEqual(tickets.map((t) => t.id).filter((id) => id !== bad));
    // 1–8 refused → 1–4 applied → 5–8 refused → 5–6 refused → 5 refused alone, set aside → 6–10 in one batch again.
    expect(stub.received.map((request) => request.batch.events.length)).toEqual([8, 4, 4, 2, 1, 5]);
    const badEventId = eventsOf(stub).find((event) => event.ticketId === bad)?.eventId;
    expect(kiosk.logged).toEqual([
      `District sync: event ${badEventId} (ticket.issued, position 5) set aside, the rest goes on: the district server rejected the batch as invalid (HTTP 400: Invalid event batch: event ${badEventId} is for a business day too far from today)`,
    ]);
    expect(kiosk.sync.state()).toMatchObject({ backlog: 0, setAside: 1, lastError: null, circuit: 'closed' });
    expect(kiosk.db.prepare('SELECT sent_at, set_aside_reason FROM outbox WHERE event_id = ?').get(badEventId)).toEqual({
      sent_at: null,
      set_aside_reason: expect.stringContaining('HTTP 400'),
    });
    // What the staff screen lists: the ticket's number, the event and the server's reason.
    expect(outboxRows(kiosk.db).setAsideLatest(5)).toEqual([
      {
        event_type: 'ticket.issued',
        display_number: tickets[4].displayNumber,
        occurred_at: tickets[4].issuedAt,
        set_aside_at: new Date(kiosk.clock.now()).toISOString(),
        set_aside_reason: expect.stringContaining('is for a business day too far from today'),
      },
    ]);

    // Set aside means out of the line: later events go without it, and pruning keeps it.
    const requests = stub.received.length;
    kiosk.issuePaper();
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'drained', delivered: 1, backlog: 0 });
    expect(stub.received.slice(requests).map((request) => request.batch.events.length)).toEqual([1]);
    outboxRows(kiosk.db).pruneBefore('2100-01-01T00:00:00.000Z', true);
    expect(kiosk.db.prepare('SELECT event_id FROM outbox').all()).toEqual([{ event_id: badEventId }]);
  });

  it('logs a conflict by event id and marks it sent, so the line moves on', async () => {
    const { kiosk } = await districtAndKiosk();
    kiosk.issuePaper();
    await kiosk.sync.drainOnce();
    const { event_id: eventId } = kiosk.db
      .prepare(`UPDATE outbox SET sent_at = NULL, payload = json_set(payload, '$.displayNumber', '4999') RETURNING event_id`)
      .get() as { event_id: string };

    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'drained', delivered: 1, backlog: 0 });
    expect(kiosk.logged).toEqual([`The district server already holds event ${eventId} with a different body; marked sent so the line moves on`]);
  });

  it('when started, sends a new event as soon as it is woken, and sends nothing once stopped', async () => {
    let requests = 0;
    const { stub, kiosk } = await districtAndKiosk({}, { clock: systemClock, fetch: (...args) => ((requests += 1), fetch(...args)) });
    kiosk.sync.start();
    kiosk.issuePaper();
    kiosk.sync.wake();
    await vi.waitFor(() => expect(kiosk.sync.state().backlog).toBe(0), { timeout: 3_000, interval: 5 });
    expect(stub.applied).toHaveLength(1);

    await kiosk.sync.stop();
    const requestsBeforeStop = requests;
    // Every timer a stopped worker could still set runs to its end: none may send.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      kiosk.issuePaper();
      kiosk.sync.wake();
      await vi.runAllTimersAsync();
    } finally {
      vi.useRealTimers();
    }
    expect(requests).toBe(requestsBeforeStop);
    expect(stub.applied).toHaveLength(1);
    expect(kiosk.sync.state().backlog).toBe(1);
  });

  it('cuts off a server that never answers after requestTimeoutMs', async () => {
    const { stub, kiosk } = await districtAndKiosk({ requestTimeoutMs: 200 });
    stub.whenIdle = 'stall';
    kiosk.issuePaper();
    expect(await kiosk.sync.drainOnce()).toMatchObject({ outcome: 'failed', backlog: 1 });
    expect(kiosk.sync.state().lastError).toBe('the district server did not answer within 0.2 s');
  });

  it('does not wait for a stalled server when stopped', async () => {
    const { stub, kiosk } = await districtAndKiosk();
    stub.whenIdle = 'stall';
    kiosk.issuePaper();
    const pending = kiosk.sync.drainOnce();
    await vi.waitFor(() => expect(stub.received).toHaveLength(1), { timeout: 3_000, interval: 5 });
    const started = performance.now();
    await kiosk.sync.stop();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await pending).toMatchObject({ outcome: 'stopped', backlog: 1 });
    expect(kiosk.sync.state().lastError).toBeNull();
  });

  it('refuses plain http to another machine when it is created, before anything could be sent', () => {
    const db = openSyncTestDatabase(tempDir());
    closers.push(async () => void db.close());
    const log = { debug: () => undefined, info: () => {}, warn: () => {}, error: () => {} };
    const config = { serverUrl: 'http://192.168.0.10:8080', kioskId: STUB_KIOSK_ID, secret: STUB_SECRET };
    expect(() => createSyncWorker({ db, vault: testVault(), clock: systemClock, log, config })).toThrow(SyncConfigError);
  });
});
