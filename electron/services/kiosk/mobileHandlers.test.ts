import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kioskContract, type KioskMethod, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/result';
import { staticKeyProvider } from '../privacy/keyProviders';
import { testPhone } from '../privacy/testSupport/mobileTestDatabase';
import { createPrinter } from '../printing/createPrinter';
import { startVirtualPrinter, type VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { callNext, completeService, setCounterState } from '../queue/calling';
import { startDistrictStub, STUB_KIOSK_ID, STUB_SECRET, type DistrictStub } from '../sync/testSupport/districtStub';
import { useTempDirs } from '../testSupport/tempDir';
import { createKioskCore, DATABASE_FILE, type KioskCore } from './kioskCore';

const tempDir = useTempDirs();
const open: Array<{ close(): Promise<unknown> }> = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function kiosk(options: { district: boolean }) {
  const dataDir = tempDir();
  const printer: VirtualPrinter = await startVirtualPrinter({ port: 0 });
  open.push({ close: () => printer.stop() });
  let stub: DistrictStub | null = null;
  if (options.district) {
    stub = await startDistrictStub();
    open.push(stub);
  }
  const core: KioskCore = createKioskCore({
    dataDir,
    demo: true,
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port }),
    district: stub ? { serverUrl: stub.url, kioskId: STUB_KIOSK_ID, secret: STUB_SECRET, keyProvider: staticKeyProvider(Buffer.alloc(32, 3)) } : undefined,
  });
  open.push(core);
  const call = <M extends KioskMethod>(method: M, request: RequestOf<M>) =>
    core.routes.get(kioskContract[method].channel)!(request) as Promise<Envelope<ResponseOf<M>>>;
  return { core, call, stub, printer, dbFile: join(dataDir, DATABASE_FILE) };
}

const phone = testPhone('4321');
const typed = `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
const mobile = (overrides: Partial<RequestOf<'issueMobileTicket'>> = {}) => ({
  serviceId: 'passport',
  language: 'ko' as const,
  phone: typed,
  consented: true,
  ...overrides,
});

describe('mobile tickets at the kiosk', () => {
  it('are not offered without a district server', async () => {
    const { call } = await kiosk({ district: false });
    expect(await call('getOffice', {})).toMatchObject({ ok: true, value: { ticketKinds: ['paper'] } });
    expect(await call('issueMobileTicket', mobile())).toMatchObject({ ok: false, error: { code: 'MOBILE_UNAVAILABLE' } });
  });

  it('issue with a masked number on screen, encrypted at rest, sent only to the district server', async () => {
    const { call, stub, dbFile } = await kiosk({ district: true });
    expect(await call('getOffice', {})).toMatchObject({ ok: true, value: { ticketKinds: ['paper', 'mobile'], mobileConsentRequired: true } });
    const answer = await call('issueMobileTicket', mobile());
    expect(answer).toMatchObject({ ok: true, value: { ticket: { displayNumber: '4001', peopleAhead: 0 }, maskedPhone: '010-****-4321' } });
    expect(JSON.stringify(answer)).not.toContain(phone);

    await vi.waitFor(() => expect(stub!.received.some((r) => r.batch.events.some((e) => e.type === 'ticket.issued'))).toBe(true), { timeout: 5_000, interval: 20 });
    const issued = stub!.received.flatMap((r) => r.batch.events).find((e) => e.type === 'ticket.issued');
    expect(issued?.payload).toMatchObject({ kind: 'mobile', contact: { phone } });

    for (const file of [dbFile, `${dbFile}-wal`]) {
      const bytes = readFileSync(file, { flag: 'r' });
      expect(bytes.includes(Buffer.from(phone))).toBe(false);
      expect(bytes.includes(Buffer.from(typed))).toBe(false);
    }
  });

  it('refuse a second active ticket for the same number and service without telling anything about it', async () => {
    const { call } = await kiosk({ district: true });
    await call('issueMobileTicket', mobile());
    const second = await call('issueMobileTicket', mobile({ phone: ` +82 ${phone.slice(1)} ` }));
    expect(second).toMatchObject({ ok: false, error: { code: 'MOBILE_DUPLICATE' } });
    expect(JSON.stringify(second)).not.toMatch(/4001|\d{4}-|4321/);
    expect(await call('issueMobileTicket', mobile({ serviceId: 'seal-certificate' }))).toMatchObject({ ok: true });
  });

  it('say what is wrong with a number, and ask for consent when the office requires it', async () => {
    const { call } = await kiosk({ district: true });
    expect(await call('issueMobileTicket', mobile({ phone: '02-123-4567' }))).toMatchObject({ ok: false, error: { code: 'PHONE_INVALID', phoneProblem: 'not-mobile' } });
    expect(await call('issueMobileTicket', mobile({ phone: '010-12' }))).toMatchObject({ ok: false, error: { code: 'PHONE_INVALID', phoneProblem: 'too-short' } });
    expect(await call('issueMobileTicket', mobile({ consented: false }))).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
  });

  it('destroy the number once the ticket is finished, and print a paper copy with the status QR on request', async () => {
    const { core, call, printer } = await kiosk({ district: true });
    const answer = await call('issueMobileTicket', mobile());
    if (!answer.ok) throw new Error(answer.error.code);
    expect(await call('printMobileCopy', { ticketId: answer.value.ticket.id })).toEqual({ ok: true, value: { status: 'printed' } });
    expect(printer.lastJob()?.qrData).toMatch(/\/t\/[A-Za-z0-9_-]{22}$/);
    expect(printer.lastJob()?.text).not.toContain('4321');
    expect(await call('printMobileCopy', { ticketId: answer.value.ticket.id })).toMatchObject({ ok: false, error: { code: 'NOT_REPRINTABLE' } });

    expect(core.db.prepare('SELECT COUNT(*) AS n FROM mobile_contacts').get()).toEqual({ n: 1 });
    setCounterState(core.queue, 'counter-3', 'open');
    callNext(core.queue, 'counter-3');
    completeService(core.queue, 'counter-3');
    core.changes.notify();
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM mobile_contacts').get()).toEqual({ n: 0 });
  });
});
