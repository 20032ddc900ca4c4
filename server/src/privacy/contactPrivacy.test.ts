import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogProvider } from '../messages/providers/logProvider';
import type { MessageProvider } from '../messages/providers/messageProvider';
import { kioskScript } from '../testSupport/kioskScript';
import { useTestServers, type TestServer } from '../testSupport/testServers';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const start = useTestServers();
const PHONE = phoneOf('010', '9876', '5432');

/** Every byte the server has written: the database, its WAL and its shared-memory index. */
function filesOnDisk(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

const sealedContact = (kiosk: TestServer, ticketId: string) => kiosk.server.store.transaction((tx) => tx.loadContact(ticketId));
const hasContact = (kiosk: TestServer, ticketId: string) => kiosk.server.store.transaction((tx) => tx.hasContact(ticketId));

describe('the phone number', () => {
  it('is stored only encrypted: its digits appear nowhere in the database files', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event]));
    expect(await hasContact(kiosk, mine.ticket.ticketId)).toBe(true);
    const bytes = filesOnDisk(kiosk.dir);
    expect(bytes.includes(PHONE)).toBe(false);
    expect(bytes.includes('98765432')).toBe(false);
    expect(bytes.includes('9876-5432')).toBe(false);
  });

  it('is destroyed, ciphertext and all, once the "called" message is sent', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event]));
    const sealed = await sealedContact(kiosk, mine.ticket.ticketId);
    if (!sealed) throw new Error('expected a sealed contact');
    expect(filesOnDisk(kiosk.dir).includes(sealed.subarray(1, 29))).toBe(true);

    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 2)]));
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued', 'called']);
    expect(await hasContact(kiosk, mine.ticket.ticketId)).toBe(false);
    expect(filesOnDisk(kiosk.dir).includes(sealed.subarray(1, 29))).toBe(false);
  });

  it('is destroyed when the "called" message fails for good, and the reason stored and logged is masked', async () => {
    const refusing: MessageProvider = { name: 'refusing', send: async ({ to }) => ({ ok: false, transient: false, reason: `invalid recipient ${to}` }) };
    const kiosk = await start({ provider: refusing });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event, script.move('ticket.called', mine.ticket, 1)]));
    expect(await hasContact(kiosk, mine.ticket.ticketId)).toBe(false);
    expect(kiosk.log.lines).toContainEqual(expect.stringContaining('invalid recipient 010-****-5432'));
    expect(filesOnDisk(kiosk.dir).includes('98765432')).toBe(false);
  });

  it('is destroyed when a ticket is cancelled before it is called', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event]));
    await kiosk.deliver(script.batch([script.move('ticket.cancelled', mine.ticket)]));
    expect(await hasContact(kiosk, mine.ticket.ticketId)).toBe(false);
  });

  it('is destroyed when its business day closes, and not accepted for a closed day afterwards', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event]));
    const sealed = await sealedContact(kiosk, mine.ticket.ticketId);
    if (!sealed) throw new Error('expected a sealed contact');

    expect(await kiosk.server.closeBusinessDay('2026-03-03')).toMatchObject({ contactsDestroyed: 1 });
    expect(await hasContact(kiosk, mine.ticket.ticketId)).toBe(false);
    expect(filesOnDisk(kiosk.dir).includes(sealed.subarray(1, 29))).toBe(false);

    const late = script.issue('passport', { phone: phoneOf('010', '1111', '2222') });
    await kiosk.deliver(script.batch([late.event]));
    expect(await hasContact(kiosk, late.ticket.ticketId)).toBe(false);
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);
    expect(await kiosk.server.closeBusinessDay('2026-03-03')).toMatchObject({ contactsDestroyed: 0 });
  });

  it('never reaches a log in full, through a whole day of messages, refusals and rejected batches', async () => {
    const recorded: string[] = [];
    const kiosk = await start();
    const logged = await kiosk.restart({ provider: createLogProvider({ debug: () => undefined, info: (m) => recorded.push(m), warn: (m) => recorded.push(m), error: (m) => recorded.push(m) }) });
    const script = kioskScript();
    const others = Array.from({ length: 4 }, () => script.issue());
    const mine = script.issue('passport', { phone: PHONE });
    await logged.deliver(script.batch([...others.map((o) => o.event), mine.event]));
    for (const { ticket } of [...others, mine]) await logged.deliver(script.batch([script.move('ticket.called', ticket, 1)]));
    const bad = script.issue('passport', { phone: PHONE });
    await logged.post({ ...script.batch([bad.event]), sentAt: PHONE });

    expect(recorded.filter((line) => line.startsWith('message '))).toHaveLength(3);
    expect(recorded.join('\n')).toContain('010-****-5432');
    for (const line of [...recorded, ...logged.log.lines]) expect(line).not.toMatch(/98765432|9876-5432/);
  });
});
