import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContactCipher } from '../crypto/contactCipher';
import type { DistrictStore, TicketRecord } from '../store/districtStore';
import { openSqliteStore } from '../store/sqlite/openSqliteStore';
import { capturingLogger } from '../testSupport/capturingLogger';
import { testTicketRecord } from '../testSupport/ticketRecords';
import { recordingProvider } from '../testSupport/recordingProvider';
import { startDeliveryWorker, type DeliveryWorkerDeps } from './deliveryWorker';
import type { MessageContent } from './messageContent';
import type { MessageProvider } from './providers/messageProvider';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const cipher = createContactCipher(Buffer.alloc(32, 5));
const ticket = testTicketRecord({ aheadAtIssue: 0 });
const common = { officeName: { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' }, displayNumber: '1001', language: 'ko' as const };
const issued: MessageContent = { kind: 'issued', ...common, peopleAhead: 0, estimate: { kind: 'unknown' } };
const approaching: MessageContent = { kind: 'approaching', ...common, peopleAhead: 3 };
const called: MessageContent = { kind: 'called', ...common, counterNumber: 2 };

/** A store holding one mobile ticket with a contact, that counts how often the worker looks for due deliveries and reads tickets. */
async function storeWithTicket(status: TicketRecord['status'], contents: MessageContent[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-worker-'));
  const store = openSqliteStore(join(dir, 'district.sqlite'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => store.close());
  await store.transaction(async (tx) => {
    await tx.insertKiosk({ kioskId: 'kiosk-1', officeId: 'gangnam', secretHash: 'h', createdAt: ticket.updatedAt });
    await tx.saveTicket({ ...ticket, status });
    await tx.saveContact(ticket.ticketId, ticket.businessDay, cipher.seal(phoneOf('010', '1234', '5678'), ticket.ticketId));
    for (const content of contents) await tx.addDelivery({ ticketId: ticket.ticketId, kind: content.kind, content, createdAt: ticket.updatedAt });
  });
  const counter = { dueQueries: 0, ticketReads: 0 };
  const counting: DistrictStore = {
    ...store,
    transaction: (work) =>
      store.transaction((tx) =>
        work({
          ...tx,
          claimNextDelivery: (...args) => ((counter.dueQueries += 1), tx.claimNextDelivery(...args)),
          findTicket: (...args) => ((counter.ticketReads += 1), tx.findTicket(...args)),
        }),
      ),
  };
  return { store: counting, counter };
}

function worker(store: DistrictStore, provider: MessageProvider, options: Partial<DeliveryWorkerDeps> = {}) {
  const started = startDeliveryWorker({
    store,
    cipher,
    provider,
    clock: { now: () => Date.now() },
    log: capturingLogger(),
    retry: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    ...options,
  });
  cleanups.push(() => started.stop());
  return started;
}

describe('the delivery worker', () => {
  it('holds a ticket’s later message behind a retried earlier one, without spinning', async () => {
    // Timers and the clock are faked together: the worker may look again only when one of its own timers fires.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    cleanups.push(() => void vi.useRealTimers());
    const { store, counter } = await storeWithTicket('waiting', [issued, approaching]);
    const sent: string[] = [];
    const issuedFails: MessageProvider = {
      name: 'flaky',
      send: async ({ kind }) => (kind === 'issued' ? { ok: false, transient: true, reason: 'HTTP 503' } : (sent.push(kind), { ok: true, providerMessageId: null })),
    };
    const running = worker(store, issuedFails);
    running.wake();
    await running.idle();
    const queries = counter.dueQueries;
    const retryAt = Date.parse((await store.transaction((tx) => tx.nextDeliveryDueAt()))!);

    // Until the retry is due a spinning worker would look again; this one sleeps.
    await vi.advanceTimersByTimeAsync(retryAt - Date.now() - 1);
    expect(counter.dueQueries).toBe(queries);
    expect(sent).toEqual([]);
    // Its sleep ends at the retry: it looks again then, and still sends nothing before the issued message.
    await vi.advanceTimersByTimeAsync(2);
    await vi.waitFor(() => expect(counter.dueQueries).toBeGreaterThan(queries));
    expect(sent).toEqual([]);
  });

  it('sends within a lease what another instance decided and never sent, though nobody woke this one', async () => {
    const { store } = await storeWithTicket('waiting', []);
    const provider = recordingProvider();
    const running = worker(store, provider, { leaseMs: 300 });
    running.wake();
    await running.idle();
    // Written by another instance's ingest, which died before its own worker got to it.
    await store.transaction((tx) => tx.addDelivery({ ticketId: ticket.ticketId, kind: 'issued', content: issued, createdAt: ticket.updatedAt }));
    await vi.waitFor(() => expect(provider.sent.map((m) => m.kind)).toEqual(['issued']), { timeout: 5_000 });
  });

  it('names the ticket’s office once each message is settled (sent, failed or expired), not on a retry, reading the ticket only when it claims', async () => {
    const { store, counter } = await storeWithTicket('waiting', [issued, approaching, called]);
    const settled: string[][] = [];
    let approachingTries = 0;
    const provider: MessageProvider = {
      name: 'mixed',
      send: async ({ kind }) => {
        if (kind === 'issued') return { ok: true, providerMessageId: null };
        approachingTries += 1;
        return approachingTries === 1 ? { ok: false, transient: true, reason: 'HTTP 503' } : { ok: false, transient: false, reason: 'HTTP 400' };
      },
    };
    const running = worker(store, provider, { retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 1 }, onResults: (officeIds) => settled.push([...officeIds]) });
    running.wake();
    await running.idle();
    // issued sent; approaching retried once, then failed; called expired (the ticket is still waiting).
    expect(approachingTries).toBe(2);
    expect(settled).toEqual([[ticket.officeId], [ticket.officeId], [ticket.officeId]]);
    // One read per claim: issued, approaching twice, called.
    expect(counter.ticketReads).toBe(4);
  });

  it('expires a message the resident no longer needs instead of sending it', async () => {
    const { store } = await storeWithTicket('serving', [called]);
    const provider = recordingProvider();
    const running = worker(store, provider);
    running.wake();
    await running.idle();
    expect(provider.sent).toEqual([]);
    expect(await store.transaction((tx) => tx.claimNextDelivery('2100-01-01T00:00:00.000Z', '2100-01-01T00:01:00.000Z'))).toBeNull();
  });

  it('sends a message whose send was cut off by a crash exactly once, under the reference it kept', async () => {
    const { store } = await storeWithTicket('waiting', [issued, approaching]);
    const provider = recordingProvider();
    // The instance that died: it claimed "issued", opened the provider's record of it, sent it, and never wrote down the outcome.
    await store.transaction(async (tx) => {
      const claimed = await tx.claimNextDelivery('2026-03-02T01:00:00.000Z', '2026-03-02T01:01:00.000Z');
      const opened = await provider.open!();
      if (!claimed || !opened.ok) throw new Error('nothing to claim');
      await tx.setDeliveryProviderRef(claimed.deliveryId, opened.ref);
      await provider.send({ to: '01012345678', kind: 'issued', language: 'ko', text: '', variables: {}, fallback: { type: 'SMS', text: '', bytes: 0 } }, opened.ref);
    });
    const running = worker(store, provider);
    running.wake();
    await running.idle();
    expect(provider.sent.map((m) => m.kind)).toEqual(['issued', 'approaching']);
    expect(await store.transaction((tx) => tx.deliveriesAwaitingReport(10))).toMatchObject([
      { kind: 'issued', status: 'sent', attempts: 2, providerRef: 'ref1', providerMessageId: 'm1' },
      { kind: 'approaching', status: 'sent', attempts: 1, providerRef: 'ref2', providerMessageId: 'm2' },
    ]);
  });

  it('asks again about an answer it could not read, past the last attempt, instead of calling the message failed', async () => {
    const { store } = await storeWithTicket('waiting', [issued]);
    let calls = 0;
    const unreadable: MessageProvider = {
      name: 'unreadable',
      open: async () => ({ ok: true, ref: 'G1' }),
      send: async () => ((calls += 1), calls <= 3 ? { ok: false, transient: true, unknown: true, reason: 'HTTP 200, unreadable answer' } : { ok: true, providerMessageId: 'M1' }),
    };
    const running = worker(store, unreadable, { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    running.wake();
    await vi.waitFor(async () => expect(await store.transaction((tx) => tx.deliveriesAwaitingReport(10))).toMatchObject([{ status: 'sent', attempts: 4, providerMessageId: 'M1' }]));
  });

  it('keeps the night rule: outside message hours only a ticket of today gets its message', async () => {
    const { store } = await storeWithTicket('waiting', [issued]);
    const provider = recordingProvider();
    // 23:30 in Seoul on the ticket's own business day, then on the next.
    const lateSameDay = Date.parse('2026-03-02T14:30:00.000Z');
    const hours = { from: '08:00', until: '21:00', dayStartHour: 4 };
    const tonight = worker(store, provider, { clock: { now: () => lateSameDay }, messageHours: hours });
    tonight.wake();
    await tonight.idle();
    expect(provider.sent.map((m) => m.kind)).toEqual(['issued']);

    const next = await storeWithTicket('waiting', [issued]);
    const nextNight = worker(next.store, provider, { clock: { now: () => lateSameDay + 24 * 3600_000 }, messageHours: hours });
    nextNight.wake();
    await nextNight.idle();
    expect(provider.sent).toHaveLength(1);
    expect(await next.store.transaction((tx) => tx.deliveryTallies(ticket.businessDay))).toEqual([{ officeId: 'gangnam', kind: 'issued', state: 'expired', count: 1 }]);
  });

  it('records the provider’s final reports of accepted messages', async () => {
    const { store } = await storeWithTicket('waiting', [issued]);
    const provider: MessageProvider = {
      ...recordingProvider(),
      reports: async (refs) => new Map(refs.map((ref) => [ref, { report: 'fell_back' as const, detail: 'ATA 3104 카카오톡 미사용자 → SMS 4000' }])),
    };
    const running = worker(store, provider);
    running.wake();
    await running.idle();
    expect(await running.pollReports()).toBe(1);
    expect(await store.transaction((tx) => tx.deliveryTallies(ticket.businessDay))).toEqual([{ officeId: 'gangnam', kind: 'issued', state: 'fell_back', count: 1 }]);
    expect(await running.pollReports()).toBe(0);
  });
});
