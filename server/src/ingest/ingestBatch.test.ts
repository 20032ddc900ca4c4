import { describe, expect, it } from 'vitest';
import { eventBatchResponseSchema } from '../../../shared/district/api';
import { registerKiosk } from '../kiosks/registerKiosk';
import { kioskScript } from '../testSupport/kioskScript';
import { publicApi } from '../testSupport/publicApi';
import { useTestServers } from '../testSupport/testServers';
import { usePostgres } from '../testSupport/usePostgres';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const start = useTestServers();
const newPostgresDatabase = usePostgres();

describe('event idempotency', () => {
  it('applies an event once, acknowledges a repeat as duplicate and rejects a changed body as conflict', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const script = kioskScript();
    const { ticket, event: issued } = script.issue();
    const called = script.move('ticket.called', ticket, 3);
    expect(await kiosk.deliver(script.batch([issued, called]))).toEqual(['applied', 'applied']);
    expect(await kiosk.deliver(script.batch([issued, called]))).toEqual(['duplicate', 'duplicate']);

    const tampered = { ...script.move('ticket.called', ticket, 9), eventId: called.eventId, kioskSequence: called.kioskSequence };
    expect(await kiosk.deliver(script.batch([tampered]))).toEqual(['conflict']);
    expect(await publicApi(kiosk).ticket(ticket)).toMatchObject({ status: 'called', counterNumber: 3 });
  });

  it('treats the same event id from another kiosk as a conflict', async () => {
    const kiosk = await start();
    const other = await registerKiosk(kiosk.server.store, 'gangnam');
    const script = kioskScript();
    const { event } = script.issue();
    expect(await kiosk.deliver(script.batch([event]))).toEqual(['applied']);
    const response = await kiosk.post(script.batch([event]), other.token);
    expect(eventBatchResponseSchema.parse(await response.json()).results).toEqual([{ eventId: event.eventId, status: 'conflict' }]);
  });

  it('answers a repeated id inside one batch as a duplicate of its first appearance', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const { event } = script.issue();
    expect(await kiosk.deliver(script.batch([event, event]))).toEqual(['applied', 'duplicate']);
  });

  it('applies a batch in kioskSequence order and answers in the order it was listed', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const script = kioskScript();
    const { ticket, event: issued } = script.issue();
    const called = script.move('ticket.called', ticket, 2);
    const serving = script.move('ticket.serving', ticket, 2);
    const completed = script.move('ticket.completed', ticket, 2);
    const response = await kiosk.post(script.batch([completed, called, issued, serving]));
    const { results } = eventBatchResponseSchema.parse(await response.json());
    expect(results.map((r) => r.eventId)).toEqual([completed, called, issued, serving].map((e) => e.eventId));
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    expect((await publicApi(kiosk).ticket(ticket)).status).toBe('done');
  });

  it('reaches the same mirror whatever order batches arrive in', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const script = kioskScript();
    const { ticket, event: issued } = script.issue();
    const called = script.move('ticket.called', ticket, 4);
    const noShow = script.move('ticket.no-show', ticket, 4);
    const reinstated = script.move('ticket.reinstated', ticket);

    // The second and fourth batches arrive first; the issued event last of all.
    expect(await kiosk.deliver(script.batch([called]))).toEqual(['applied']);
    expect(await kiosk.deliver(script.batch([reinstated]))).toEqual(['applied']);
    await expect(publicApi(kiosk).ticket(ticket)).rejects.toThrow(/404/);
    expect(await kiosk.deliver(script.batch([noShow]))).toEqual(['applied']);
    expect(await kiosk.deliver(script.batch([issued]))).toEqual(['applied']);
    expect(await publicApi(kiosk).ticket(ticket)).toMatchObject({ status: 'waiting', counterNumber: null });

    // And a late resend of an older batch changes nothing.
    expect(await kiosk.deliver(script.batch([called, noShow]))).toEqual(['duplicate', 'duplicate']);
    expect((await publicApi(kiosk).ticket(ticket)).status).toBe('waiting');
  });
});

describe('ingest on two instances sharing one PostgreSQL database', () => {
  it('applies each event exactly once and decides each message once when both take the same batches at the same moment', async () => {
    const databaseUrl = await newPostgresDatabase();
    const a = await start({ databaseUrl, statusCacheMs: 0 });
    const b = await start({ databaseUrl, kiosk: a.kiosk, statusCacheMs: 0 });
    const script = kioskScript();
    const phones = Array.from({ length: 6 }, (_, i) => phoneOf('010', '5550', String(7000 + i)));
    const tickets = Array.from({ length: 12 }, (_, i) => script.issue('passport', i % 2 === 0 ? { phone: phones[i / 2] } : {}));
    const batches = [
      script.batch(tickets.map((t) => t.event)),
      script.batch(tickets.slice(0, 4).map((t, i) => script.move('ticket.called', t.ticket, i + 1))),
      script.batch(tickets.slice(0, 4).map((t, i) => script.move('ticket.completed', t.ticket, i + 1))),
    ];
    for (const batch of batches) {
      // The kiosk's retry after a timeout meets the other instance while the first is still at work.
      const [fromA, fromB] = await Promise.all([a.deliver(batch), b.deliver(batch)]);
      expect(fromA.map((status, i) => [status, fromB[i]].sort())).toEqual(batch.events.map(() => ['applied', 'duplicate']));
    }
    await Promise.all([a.server.deliveries.idle(), b.server.deliveries.idle()]);

    const eventIds = batches.flatMap((batch) => batch.events.map((event) => event.eventId));
    expect((await a.server.store.transaction((tx) => tx.findEventFingerprints(eventIds))).size).toBe(eventIds.length);
    expect(await publicApi(b).ticket(tickets[0].ticket)).toMatchObject({ status: 'done' });
    expect(await publicApi(a).ticket(tickets[4].ticket)).toMatchObject({ status: 'waiting' });
    // Mobile tickets 1 and 3 were called; 5 and 7 moved to within three of the counter: each message once, from one instance or the other.
    const sent = [...a.provider.sent, ...b.provider.sent].map((message) => `${message.to} ${message.kind}`).sort();
    const expected = [...phones.map((phone) => `${phone} issued`), `${phones[0]} called`, `${phones[1]} called`, `${phones[2]} approaching`, `${phones[3]} approaching`];
    expect(sent).toEqual(expected.sort());
  });
});

describe('clock correction', () => {
  it('moves event times onto the server clock by the offset the batch shows on arrival', async () => {
    const serverNow = Date.parse('2026-03-02T01:00:00.000Z');
    const kiosk = await start({ clock: { now: () => serverNow } });
    // The kiosk's clock runs 7 minutes slow; its snapshot was taken 30 s before it sent the batch.
    const script = kioskScript({ clockMs: serverNow - 7 * 60_000 - 30_000 });
    const snapshot = script.snapshot([{ id: 'passport', waiting: 0 }]);
    script.advance(30_000);
    await kiosk.deliver(script.batch([snapshot]));
    expect((await publicApi(kiosk).office()).updatedAt).toBe('2026-03-02T00:59:30.000Z');
  });

  it('never places an event after its own arrival', async () => {
    const serverNow = Date.parse('2026-03-02T01:00:00.000Z');
    const kiosk = await start({ clock: { now: () => serverNow } });
    const script = kioskScript({ clockMs: serverNow });
    const sentFirst = script.batch([]);
    script.advance(60_000);
    const snapshot = script.snapshot([{ id: 'passport', waiting: 0 }]);
    await kiosk.deliver({ ...sentFirst, events: [snapshot] });
    expect((await publicApi(kiosk).office()).updatedAt).toBe('2026-03-02T01:00:00.000Z');
  });

  it('keeps the newest snapshot on the server clock, whatever order they arrive in', async () => {
    let serverNow = Date.parse('2026-03-02T01:00:00.000Z');
    const kiosk = await start({ clock: { now: () => serverNow }, statusCacheMs: 0 });
    const script = kioskScript({ clockMs: serverNow });
    const older = script.snapshot([{ id: 'passport', waiting: 1 }]);
    script.advance(10_000);
    const newer = script.snapshot([{ id: 'passport', waiting: 2 }]);
    const newerBatch = script.batch([newer]);
    serverNow += 10_000;
    await kiosk.deliver(newerBatch);
    await kiosk.deliver({ ...newerBatch, events: [older] });
    expect((await publicApi(kiosk).office()).services[0].waiting).toBe(2);
  });
});
