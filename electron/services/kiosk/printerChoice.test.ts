import { describe, expect, it } from 'vitest';
import type { ReceiptPrinter } from '../printing/types';
import { createPrinter } from '../printing/createPrinter';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';
import { isTextLine, lineWidthDots, type DecodedTicket } from '../../../tools/virtualPrinter/escPosDecoder';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const virtualPrinter = useVirtualPrinters();

const MANAGER_PIN = '482916';
const CLERK_PIN = '730584';
const SERVICE = 'resident-registration';
const tcp = (port: number) => `tcp://127.0.0.1:${port}`;

/** A printer that holds its next ticket until the test lets it go: a print "in progress" for as long as the test needs. */
function heldPrinter(inner: ReceiptPrinter) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const holding = new Promise<void>((resolve) => (reached = resolve));
  const printer: ReceiptPrinter = {
    readStatus: () => inner.readStatus(),
    print: (job) => inner.print(job),
    async printIfReady(jobFor) {
      reached();
      await released;
      return inner.printIfReady(jobFor);
    },
    close: () => inner.close(),
  };
  return { printer, holding, release };
}

describe('the printer changed on the kiosk', { timeout: 60_000 }, () => {
  it('swaps in without a restart: the ticket printing finishes on the old printer, the next prints on the new one', async () => {
    const [before, after] = [await virtualPrinter(), await virtualPrinter()];
    const held = heldPrinter(createPrinter({ transport: 'network', host: '127.0.0.1', port: before.port, timeoutMs: 2_000 }));
    const { call } = kiosks.start({ dataDir: tempDir(), initialOffice: testOffice, initialStaffPin: MANAGER_PIN, printer: held.printer, printerAddress: tcp(before.port) });
    valueOf(await call('unlockStaff', { pin: MANAGER_PIN }));
    expect(valueOf(await call('getPrinterSetting', {}))).toEqual({ setting: { address: tcp(before.port), paperWidthMm: 80 }, status: { state: 'ready', paperNearEnd: false } });

    const settled: string[] = [];
    const printing = call('issueTicket', { serviceId: SERVICE, kind: 'paper', language: 'ko' }).then((answer) => (settled.push('ticket'), answer));
    await held.holding;
    const swapping = call('savePrinterSetting', { address: ` ${tcp(after.port)} `, paperWidthMm: 58 }).then((answer) => (settled.push('swap'), answer));
    held.release();
    const first = valueOf(await printing);
    expect(valueOf(await swapping)).toEqual({ setting: { address: tcp(after.port), paperWidthMm: 58 }, status: { state: 'ready', paperNearEnd: false } });
    // The swap waited for the ticket under way: it settled only after it.
    expect(settled).toEqual(['ticket', 'swap']);
    expect(first.print).toEqual({ status: 'printed' });
    expect(before.copiesOf(first.ticket.displayNumber)).toBe(1);

    const second = valueOf(await call('issueTicket', { serviceId: SERVICE, kind: 'paper', language: 'ko' }));
    expect(second.print).toEqual({ status: 'printed' });
    expect(after.copiesOf(second.ticket.displayNumber)).toBe(1);
    expect(before.copiesOf(second.ticket.displayNumber)).toBe(0);
    // Fitted to the new 58 mm roll (384 dots); the old roll took wider lines.
    const widest = (ticket: DecodedTicket) => Math.max(...ticket.lines.filter(isTextLine).map(lineWidthDots));
    expect(widest(before.lastJob()!)).toBeGreaterThan(384);
    expect(widest(after.lastJob()!)).toBeLessThanOrEqual(384);

    const [entry] = valueOf(await call('getAuditLog', { limit: 1 })).entries;
    expect(entry).toMatchObject({
      actor: 'manager',
      action: 'printer-changed',
      detail: { changes: [{ path: 'address', before: tcp(before.port), after: tcp(after.port) }, { path: 'paperWidthMm', before: 80, after: 58 }], more: 0 },
    });
  });

  it('keeps the choice over SUNBEON_PRINTER after a restart; a wrong address or a clerk changes nothing', async () => {
    const [given, chosen] = [await virtualPrinter(), await virtualPrinter()];
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, initialOffice: testOffice, initialStaffPin: MANAGER_PIN, printerPort: given.port, printerAddress: tcp(given.port) });
    valueOf(await first.call('unlockStaff', { pin: MANAGER_PIN }));
    valueOf(await first.call('setStaffPin', { role: 'clerk', pin: CLERK_PIN }));
    expect(await first.call('savePrinterSetting', { address: 'lpt1', paperWidthMm: 80 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/tcp:\/\/HOST:PORT/) } });
    expect(await first.call('savePrinterSetting', { address: tcp(chosen.port), paperWidthMm: 76 as 80 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    valueOf(await first.call('savePrinterSetting', { address: tcp(chosen.port), paperWidthMm: 80 }));
    valueOf(await first.call('lockStaff', {}));
    valueOf(await first.call('unlockStaff', { pin: CLERK_PIN }));
    expect(await first.call('savePrinterSetting', { address: tcp(given.port), paperWidthMm: 80 })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    expect(await first.call('getPrinterSetting', {})).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    await kiosks.stop(first);

    // IT's SUNBEON_PRINTER still names the first printer: the manager's choice wins.
    const again = kiosks.start({ dataDir, initialOffice: testOffice, initialStaffPin: MANAGER_PIN, printerPort: given.port, printerAddress: tcp(given.port) });
    const { ticket, print } = valueOf(await again.call('issueTicket', { serviceId: SERVICE, kind: 'paper', language: 'ko' }));
    expect(print).toEqual({ status: 'printed' });
    expect(chosen.copiesOf(ticket.displayNumber)).toBe(1);
    expect(given.copiesOf(ticket.displayNumber)).toBe(0);
    valueOf(await again.call('unlockStaff', { pin: MANAGER_PIN }));
    expect(valueOf(await again.call('getPrinterSetting', {})).setting).toEqual({ address: tcp(chosen.port), paperWidthMm: 80 });
  });
});
