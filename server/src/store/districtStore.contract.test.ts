import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared/district/api';
import type { MessageContent } from '../messages/messageContent';
import { testHeartbeat } from '../testSupport/heartbeats';
import { testTicketRecord } from '../testSupport/ticketRecords';
import { usePostgres } from '../testSupport/usePostgres';
import type { DistrictStore } from './districtStore';
import { openPostgresStore } from './postgres/openPostgresStore';
import { openSqliteStore } from './sqlite/openSqliteStore';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const newPostgresDatabase = usePostgres();
const engines: Array<{ engine: string; open: () => Promise<DistrictStore> }> = [
  {
    engine: 'SQLite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sunbeon-store-'));
      const store = openSqliteStore(join(dir, 'district.sqlite'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => store.close());
      return store;
    },
  },
  {
    engine: 'PostgreSQL',
    open: async () => {
      const store = await openPostgresStore(await newPostgresDatabase());
      cleanups.push(() => store.close());
      return store;
    },
  },
];

const at = '2026-03-02T01:00:00.000Z';
const T1 = '0b6f3a52-8f0e-4c1a-9d7e-2f4a1b3c5d01';
const T2 = '0b6f3a52-8f0e-4c1a-9d7e-2f4a1b3c5d02';
const E1 = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01';
const E2 = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02';
const E3 = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e03';
const E4 = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e04';
const kiosk = { kioskId: 'k1', officeId: 'gangnam', secretHash: 'h', createdAt: at };
const ticket = testTicketRecord({
  ticketId: T1,
  kioskId: 'k1',
  statusToken: 'token-1-token-1-token-1',
  estimateAtIssue: { kind: 'range', minMinutes: 5, maxMinutes: 10 },
  updatedAt: at,
});
const issuedEvent = (eventId: string, kioskSequence: number): KioskEvent => ({
  eventId,
  kioskSequence,
  occurredAt: at,
  ticketId: T1,
  type: 'ticket.issued',
  payload: { displayNumber: '1001', serviceId: 'passport', lineOrder: 1, statusToken: ticket.statusToken, businessDay: '2026-03-02', kind: 'mobile', language: 'ko' },
});
const calledEvent = (eventId: string, kioskSequence: number): KioskEvent => ({
  eventId,
  kioskSequence,
  occurredAt: at,
  ticketId: T1,
  type: 'ticket.called',
  payload: { displayNumber: '1001', serviceId: 'passport', counterNumber: 2 },
});
const common = { officeName: { ko: '민원실', en: 'Office' }, displayNumber: '1001', language: 'ko' as const };
const issued: MessageContent = { kind: 'issued', ...common, peopleAhead: 0, estimate: { kind: 'unknown' } };
const called: MessageContent = { kind: 'called', ...common, counterNumber: 2 };

describe.each(engines)('the district store on $engine', ({ open }) => {
  it('rolls a failed transaction back entirely', async () => {
    const store = await open();
    await expect(
      store.transaction(async (tx) => {
        await tx.insertKiosk(kiosk);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.transaction((tx) => tx.findKiosk('k1'))).toBeNull();
  });

  it('keeps concurrent transactions apart', async () => {
    const store = await open();
    const add = (id: string) =>
      store.transaction(async (tx) => {
        await tx.insertKiosk({ ...kiosk, kioskId: id });
        if (id === 'bad') throw new Error('rolled back');
      });
    const results = await Promise.allSettled([add('a'), add('bad'), add('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.transaction(async (tx) => [await tx.findKiosk('a'), await tx.findKiosk('bad'), await tx.findKiosk('b')].map((k) => k?.kioskId ?? null))).toEqual([
      'a',
      null,
      'b',
    ]);
  });

  it('logs a batch of events at once, finds their fingerprints, and returns each ticket’s events in kiosk order', async () => {
    const store = await open();
    const otherTicket: KioskEvent = { ...calledEvent(E3, 3), ticketId: T2 };
    const logged = (event: KioskEvent) => ({ event, kioskId: 'k1', officeId: 'gangnam', correctedAt: at, receivedAt: at, bodyHash: `hash-${event.eventId.slice(-2)}` });
    await store.transaction(async (tx) => {
      await tx.insertKiosk(kiosk);
      await tx.logEvents([]);
      await tx.logEvents([calledEvent(E2, 2), otherTicket, issuedEvent(E1, 1)].map(logged));
    });
    const read = await store.transaction(async (tx) => ({
      fingerprints: await tx.findEventFingerprints([E1, 'nope', E3]),
      events: await tx.ticketEvents('k1', [T1, T2, 'none']),
      ofAnotherKiosk: await tx.ticketEvents('k2', [T1]),
    }));
    expect(read.fingerprints).toEqual(new Map([[E1, { kioskId: 'k1', bodyHash: 'hash-01' }], [E3, { kioskId: 'k1', bodyHash: 'hash-03' }]]));
    expect(read.events).toEqual(new Map([[T1, [issuedEvent(E1, 1), calledEvent(E2, 2)]], [T2, [otherTicket]]]));
    expect(read.ofAnotherKiosk).toEqual(new Map());
    // The event id is the primary key: logging one again (another instance got there first) fails the whole batch.
    await expect(store.transaction((tx) => tx.logEvents([logged(calledEvent(E4, 4)), { ...logged(issuedEvent(E1, 1)), bodyHash: 'x' }]))).rejects.toThrow();
    expect(await store.transaction((tx) => tx.findEventFingerprints([E4]))).toEqual(new Map());
  });

  it('mirrors tickets: upsert one or many, find by id and token, the waiting line in order', async () => {
    const store = await open();
    const second = { ...ticket, ticketId: 't2', statusToken: 'token-2-token-2-token-2', lineOrder: 2, estimateAtIssue: null };
    const third = { ...ticket, ticketId: 't3', statusToken: 'token-3-token-3-token-3', lineOrder: 3, counterNumber: 4, aheadAtIssue: 2, status: 'serving' as const };
    const read = await store.transaction(async (tx) => {
      await tx.insertKiosk(kiosk);
      await tx.saveTicket(second);
      await tx.saveTicket({ ...ticket, status: 'called' });
      await tx.saveTickets([]);
      await tx.saveTickets([ticket, { ...third, status: 'called' }]);
      await tx.saveTickets([third]);
      return {
        byId: await tx.findTicket(T1),
        byIds: await tx.findTickets([T1, 'unknown', 't3']),
        byToken: await tx.findTicketByStatusToken(second.statusToken),
        tokensInUse: await tx.statusTokensInUse([third.statusToken, 'token-9-token-9-token-9', second.statusToken]),
        line: (await tx.waitingTickets({ officeId: 'gangnam', businessDay: '2026-03-02', serviceId: 'passport' })).map((t) => t.ticketId),
      };
    });
    expect(read).toEqual({
      byId: ticket,
      byIds: new Map([[T1, ticket], ['t3', third]]),
      byToken: second,
      tokensInUse: new Set([third.statusToken, second.statusToken]),
      line: [T1, 't2'],
    });
  });

  it('keeps one snapshot per office', async () => {
    const store = await open();
    const snapshot = { businessDay: '2026-03-02', officeName: { ko: '민원실', en: 'Office' }, services: [], openCounters: {} };
    const read = await store.transaction(async (tx) => {
      await tx.saveOfficeSnapshot({ officeId: 'gangnam', kioskId: 'k1', correctedAt: at, snapshot });
      await tx.saveOfficeSnapshot({ officeId: 'gangnam', kioskId: 'k2', correctedAt: at, snapshot: { ...snapshot, businessDay: '2026-03-03' } });
      return [await tx.officeSnapshot('gangnam'), await tx.officeSnapshot('elsewhere')];
    });
    expect(read).toEqual([{ officeId: 'gangnam', kioskId: 'k2', correctedAt: at, snapshot: { ...snapshot, businessDay: '2026-03-03' } }, null]);
  });

  it("knows the hour each office's business day starts from its newest snapshot, for every office with a kiosk", async () => {
    const store = await open();
    const snapshot = { businessDay: '2026-03-02', officeName: { ko: '민원실', en: 'Office' }, services: [], openCounters: {} };
    const hours = await store.transaction(async (tx) => {
      for (const [kioskId, officeId] of [['k1', 'gangnam'], ['k2', 'gangnam'], ['k3', 'mapo'], ['k4', 'seocho']]) await tx.insertKiosk({ ...kiosk, kioskId, officeId });
      await tx.saveOfficeSnapshot({ officeId: 'gangnam', kioskId: 'k1', correctedAt: at, snapshot: { ...snapshot, businessDayStartHour: 6 } });
      // A kiosk from before stop 15 sends no hour.
      await tx.saveOfficeSnapshot({ officeId: 'mapo', kioskId: 'k3', correctedAt: at, snapshot });
      const first = await tx.officeDayStartHours();
      await tx.saveOfficeSnapshot({ officeId: 'gangnam', kioskId: 'k2', correctedAt: at, snapshot: { ...snapshot, businessDayStartHour: 0 } });
      return [first, await tx.officeDayStartHours()];
    });
    expect(hours).toEqual([
      new Map([['gangnam', 6], ['mapo', null], ['seocho', null]]),
      new Map([['gangnam', 0], ['mapo', null], ['seocho', null]]),
    ]);
    expect((await store.transaction((tx) => tx.officeSnapshot('gangnam')))?.snapshot.businessDayStartHour).toBe(0);
  });

  it('keeps sealed contacts until destroyed, and finds those of past days', async () => {
    const store = await open();
    const sealed = Buffer.from([1, 2, 3, 250]);
    const read = await store.transaction(async (tx) => {
      await tx.saveContact(T1, '2026-03-01', sealed);
      await tx.saveContact(T1, '2026-03-01', Buffer.from([9]));
      await tx.saveContact('t2', '2026-03-02', sealed);
      return {
        loaded: await tx.loadContact(T1),
        has: await tx.hasContact(T1),
        before: await tx.ticketsWithContactsBefore('2026-03-02'),
        destroyed: [await tx.destroyContact(T1), await tx.destroyContact(T1)],
        after: [await tx.loadContact(T1), await tx.hasContact(T1)],
        destroyedMany: [await tx.destroyContacts(['t2', T1, 'none']), await tx.destroyContacts([])],
        afterMany: await tx.hasContact('t2'),
      };
    });
    expect(read).toEqual({ loaded: sealed, has: true, before: [T1], destroyed: [true, false], after: [null, false], destroyedMany: [1, 0], afterMany: false });
    await store.scrubDeletedData();
  });

  it('decides a message once per ticket and kind, and sends a ticket’s messages in order', async () => {
    const store = await open();
    const lease = '2026-03-02T01:01:00.000Z';
    const added = await store.transaction(async (tx) => {
      await tx.insertKiosk(kiosk);
      await tx.saveTicket(ticket);
      return [
        await tx.addDelivery({ ticketId: T1, kind: 'issued', content: issued, createdAt: at }),
        await tx.addDelivery({ ticketId: T1, kind: 'issued', content: issued, createdAt: at }),
        await tx.addDelivery({ ticketId: T1, kind: 'called', content: called, createdAt: at }),
      ];
    });
    expect(added).toEqual([true, false, true]);
    const claim = (now: string, leaseUntil = lease) => store.transaction((tx) => tx.claimNextDelivery(now, leaseUntil));

    const first = await claim(at);
    expect(first).toMatchObject({ kind: 'issued', content: issued, status: 'sending', attempts: 1, leaseUntil: lease, providerRef: null, report: null });
    // Leased, and "called" waits behind it.
    expect(await claim(at)).toBeNull();
    expect(await store.transaction((tx) => tx.nextDeliveryDueAt())).toBe(lease);
    await store.transaction((tx) => tx.setDeliveryProviderRef(first!.deliveryId, 'G1'));
    // The lease lapsed (its instance died): taken over, with the provider's reference of the attempt before.
    expect(await claim(lease, '2026-03-02T01:02:00.000Z')).toMatchObject({ deliveryId: first!.deliveryId, attempts: 2, providerRef: 'G1' });

    await store.transaction((tx) => tx.retryDeliveryLater(first!.deliveryId, '2026-03-02T01:05:00.000Z', 'HTTP 503'));
    expect(await claim('2026-03-02T01:04:59.000Z')).toBeNull();
    expect(await store.transaction((tx) => tx.nextDeliveryDueAt())).toBe('2026-03-02T01:05:00.000Z');
    expect(await claim('2026-03-02T01:05:00.000Z')).toMatchObject({ deliveryId: first!.deliveryId, attempts: 3, lastError: 'HTTP 503' });
    await store.transaction((tx) => tx.finishDelivery(first!.deliveryId, { status: 'sent', finishedAt: at, providerMessageId: 'M1' }));

    const awaiting = await store.transaction((tx) => tx.deliveriesAwaitingReport(10));
    expect(awaiting).toMatchObject([{ deliveryId: first!.deliveryId, status: 'sent', report: 'accepted', providerMessageId: 'M1', leaseUntil: null, lastError: 'HTTP 503' }]);
    expect(await store.transaction((tx) => tx.deliveriesAwaitingReportOf(['G0', 'G1']))).toEqual(awaiting);
    expect(await store.transaction((tx) => tx.deliveriesAwaitingReportOf(['G0']))).toEqual([]);
    // Reports only move forward: the final one is recorded once; a repeat, a late "accepted" or a contradicting one changes nothing.
    const report = (result: 'accepted' | 'fell_back' | 'failed') =>
      store.transaction((tx) => tx.recordDeliveryReport(first!.deliveryId, { report: result, detail: `${result} detail`, reportedAt: at }));
    expect([await report('fell_back'), await report('fell_back'), await report('accepted'), await report('failed')]).toEqual([true, false, false, false]);
    expect(await store.transaction((tx) => tx.deliveriesAwaitingReport(10))).toEqual([]);
    expect(await store.transaction((tx) => tx.deliveriesAwaitingReportOf(['G1']))).toEqual([]);
    expect((await store.transaction((tx) => tx.deliveriesOfDay('2026-03-02'))).find((line) => line.kind === 'issued')).toMatchObject({ state: 'fell_back', detail: 'fell_back detail' });

    expect(await claim(at)).toMatchObject({ kind: 'called', content: called, attempts: 1 });
    expect(await store.transaction((tx) => tx.deliveryTallies('2026-03-02'))).toEqual([
      { officeId: 'gangnam', kind: 'called', state: 'requested', count: 1 },
      { officeId: 'gangnam', kind: 'issued', state: 'fell_back', count: 1 },
    ]);
    expect(await store.transaction((tx) => tx.deliveryTallies('2026-03-03'))).toEqual([]);
  });

  it('lets one caller claim a day’s close', async () => {
    const store = await open();
    expect(await store.transaction(async (tx) => [await tx.claimDayClose('2026-03-02', at), await tx.claimDayClose('2026-03-02', at), await tx.claimDayClose('2026-03-03', at)])).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('remembers the closed day and the key check, and prunes old history', async () => {
    const store = await open();
    const pruned = await store.transaction(async (tx) => {
      await tx.insertKiosk(kiosk);
      await tx.saveTicket({ ...ticket, businessDay: '2026-01-01' });
      await tx.logEvents([{ event: issuedEvent(E1, 1), kioskId: 'k1', officeId: 'gangnam', correctedAt: at, receivedAt: '2026-01-01T00:00:00.000Z', bodyHash: 'h' }]);
      await tx.addDelivery({ ticketId: T1, kind: 'issued', content: issued, createdAt: at });
      await tx.setClosedBefore('2026-03-01');
      await tx.setClosedBefore('2026-03-02');
      await tx.setKeyCheck('check');
      return tx.pruneHistory('2026-02-01T00:00:00.000Z', '2026-02-01');
    });
    expect(pruned).toBe(3);
    expect(await store.transaction(async (tx) => [await tx.closedBefore(), await tx.keyCheck(), await tx.findTicket(T1)])).toEqual(['2026-03-02', 'check', null]);
  });

  it('remembers each office’s closed day apart from every office’s', async () => {
    const store = await open();
    const closed = await store.transaction(async (tx) => {
      await tx.setClosedBefore('2026-03-02');
      await tx.setClosedBefore('2026-03-03', 'mapo');
      return [await tx.closedBefore(), await tx.closedBefore('mapo'), await tx.closedBefore('gangnam')];
    });
    expect(closed).toEqual(['2026-03-02', '2026-03-03', null]);
  });

  it('keeps each kiosk’s latest heartbeat and lists every kiosk, with or without one', async () => {
    const store = await open();
    const second = { ...kiosk, kioskId: 'k2', officeId: 'mapo' };
    // A month off does not fit 32 bits of milliseconds.
    const monthAhead = 31 * 24 * 3_600_000;
    await store.transaction(async (tx) => {
      await tx.insertKiosk(kiosk);
      await tx.insertKiosk(second);
      await tx.saveHeartbeat({ kioskId: 'k1', receivedAt: at, clockOffsetMs: 1_200, report: testHeartbeat() });
      await tx.saveHeartbeat({ kioskId: 'k1', receivedAt: '2026-03-02T01:01:00.000Z', clockOffsetMs: -monthAhead, report: testHeartbeat({ printer: { state: 'paper-out', paperNearEnd: true } }) });
    });
    expect(await store.transaction((tx) => tx.fleet())).toEqual([
      {
        kiosk,
        heartbeat: { kioskId: 'k1', receivedAt: '2026-03-02T01:01:00.000Z', clockOffsetMs: -monthAhead, report: testHeartbeat({ printer: { state: 'paper-out', paperNearEnd: true } }) },
      },
      { kiosk: second, heartbeat: null },
    ]);
  });

  it('rotates a kiosk’s secret keeping the previous one, forgets it, and revokes', async () => {
    const store = await open();
    const found = () => store.transaction((tx) => tx.findKiosk('k1'));
    await store.transaction((tx) => tx.insertKiosk(kiosk));
    expect(await store.transaction((tx) => tx.rotateKioskSecret('k1', 'h2', '2026-03-03T01:00:00.000Z'))).toBe(true);
    expect(await found()).toEqual({ ...kiosk, secretHash: 'h2', previousSecretHash: 'h', previousSecretUntil: '2026-03-03T01:00:00.000Z' });
    await store.transaction((tx) => tx.forgetPreviousSecret('k1'));
    expect(await found()).toEqual({ ...kiosk, secretHash: 'h2' });
    expect(await store.transaction((tx) => tx.revokeKiosk('k1', at))).toBe(true);
    expect(await store.transaction((tx) => tx.rotateKioskSecret('k1', 'h3', at))).toBe(false);
    expect(await found()).toEqual({ ...kiosk, secretHash: 'h2', revokedAt: at });
  });
});
