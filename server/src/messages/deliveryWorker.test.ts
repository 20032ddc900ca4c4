import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContactCipher } from '../crypto/contactCipher';
import type { DistrictStore, TicketRecord } from '../store/districtStore';
import { openSqliteStore } from '../store/sqlite/openSqliteStore';
import { capturingLogger } from '../testSupport/capturingLogger';
import { recordingProvider } from '../testSupport/recordingProvider';
import { startDeliveryWorker } from './deliveryWorker';
import type { MessageContent } from './messageContent';
import type { MessageProvider } from './providers/messageProvider';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const cipher = createContactCipher(Buffer.alloc(32, 5));
const ticket: TicketRecord = {
  ticketId: 'ticket-1',
  kioskId: 'kiosk-1',
  officeId: 'gangnam',
  businessDay: '2026-03-02',
  serviceId: 'passport',
  displayNumber: '1001',
  lineOrder: 1,
  kind: 'mobile',
  language: 'ko',
  statusToken: 'token-token-token-token-1',
  status: 'waiting',
  counterNumber: null,
  aheadAtIssue: 0,
  estimateAtIssue: null,
  updatedAt: '2026-03-02T01:00:00.000Z',
};
const common = { officeName: { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' }, displayNumber: '1001', language: 'ko' as const };
const issued: MessageContent = { kind: 'issued', ...common, peopleAhead: 0, estimate: { kind: 'unknown' } };
const approaching: MessageContent = { kind: 'approaching', ...common, peopleAhead: 3 };
const called: MessageContent = { kind: 'called', ...common, counterNumber: 2 };

/** A store holding one mobile ticket with a contact, that counts how often the worker looks for due deliveries. */
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
  const counter = { dueQueries: 0 };
  const counting: DistrictStore = {
    ...store,
    transaction: (work) =>
      store.transaction((tx) => work({ ...tx, dueDeliveries: (...args) => ((counter.dueQueries += 1), tx.dueDeliveries(...args)) })),
  };
  return { store: counting, counter };
}

function worker(store: DistrictStore, provider: MessageProvider) {
  const started = startDeliveryWorker({ store, cipher, provider, clock: { now: () => Date.now() }, log: capturingLogger(), retry: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
  cleanups.push(() => started.stop());
  return started;
}

describe('the delivery worker', () => {
  it('holds a ticket’s later message behind a retried earlier one, without spinning', async () => {
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
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(counter.dueQueries).toBe(queries);
    expect(sent).toEqual([]);
  });

  it('expires a message the resident no longer needs instead of sending it', async () => {
    const { store } = await storeWithTicket('serving', [called]);
    const provider = recordingProvider();
    const running = worker(store, provider);
    running.wake();
    await running.idle();
    expect(provider.sent).toEqual([]);
    const due = await store.transaction((tx) => tx.dueDeliveries('2100-01-01T00:00:00.000Z', 10));
    expect(due).toEqual([]);
  });

  it('marks a send cut off by a crash as failed rather than sending it twice', async () => {
    const { store } = await storeWithTicket('waiting', [issued]);
    await store.transaction(async (tx) => {
      const [delivery] = await tx.dueDeliveries('2100-01-01T00:00:00.000Z', 1);
      await tx.claimDelivery(delivery.deliveryId);
    });
    expect(await store.transaction((tx) => tx.failInterruptedSends('2026-03-02T02:00:00.000Z'))).toBe(1);
    const provider = recordingProvider();
    const running = worker(store, provider);
    running.wake();
    await running.idle();
    expect(provider.sent).toEqual([]);
  });
});
