import { describe, expect, it } from 'vitest';
import { settableClock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import type { PrinterStatus } from '../printing/types';
import type { SyncState } from '../sync/syncWorker';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';
import type { DistrictLink } from './districtLink';
import { DEMO_STAFF_PIN } from './kioskCore';
import { startOfficeAlerts, SYNC_BACKLOG_ALERT_MS } from './officeAlerts';
import type { TicketPrinting } from './ticketPrinting';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const startPrinter = useVirtualPrinters();

/** Reads a live event stream until `pattern` shows up in it. */
async function streamUntil(response: Response, pattern: RegExp): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!pattern.test(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before ${pattern}: ${text}`);
    text += decoder.decode(value);
  }
  await reader.cancel();
  return text;
}

describe('office alerts', { timeout: 60_000 }, () => {
  it("follow the virtual printer's real faults on the staff screen and the paired counter's page, and clear when fixed", async () => {
    const printer = await startPrinter();
    const { call } = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true, lan: { host: '127.0.0.1', port: 0, pagesDir: tempDir() } });
    expect(await call('getOfficeAlerts', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const [base] = valueOf(await call('setLanServer', { enabled: true })).counterPageUrls.map((url) => url.replace(/\/counter$/, ''));
    const { code } = valueOf(await call('createPairingCode', { counterId: 'counter-1' }));
    const { token } = (await (await fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { token: string };
    const counterAlerts = async () => ((await (await fetch(`${base}/api/counter/status`, { headers: { authorization: `Bearer ${token}` } })).json()) as { alerts: Array<{ kind: string }> }).alerts.map((a) => a.kind);
    const staffAlerts = async () => valueOf(await call('getOfficeAlerts', {})).alerts.map((a) => a.kind);

    expect(await staffAlerts()).toEqual([]);
    expect(await counterAlerts()).toEqual([]);

    for (const [fault, kind] of [
      ['paper-near-end', 'printer-paper-near-end'],
      ['paper-out', 'printer-paper-out'],
      ['cover-open', 'printer-cover-open'],
      ['offline', 'printer-offline'],
      ['no-answer', 'printer-no-answer'],
    ] as const) {
      const stream = await fetch(`${base}/api/events`);
      printer.setFault(fault);
      expect(await staffAlerts()).toEqual([kind]);
      // The counter page hears that the alerts changed, and its status then carries them.
      expect(await streamUntil(stream, /event: alerts\n/)).toMatch(/event: alerts\ndata: \{\}\n\n/);
      expect(await counterAlerts()).toEqual([kind]);
      printer.setFault(null);
      expect(await staffAlerts()).toEqual([]);
      expect(await counterAlerts()).toEqual([]);
    }
  });

  it('are no staff activity: asking for them does not keep the staff screen unlocked', async () => {
    const printer = await startPrinter();
    const { call, clock } = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const unlockedAt = clock.now();
    clock.set(unlockedAt + 4 * 60_000);
    valueOf(await call('getOfficeAlerts', {}));
    clock.set(unlockedAt + 5 * 60_000 + 1_000);
    expect(await call('getOfficeAlerts', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
  });

  it('warn of a district sync that has not delivered for minutes, and of events set aside, until they are resolved', async () => {
    const clock = settableClock('2026-11-24T01:00:00Z');
    let sync: SyncState = { lastSuccessAt: null, lastError: null, circuit: 'closed', nextAttemptAt: null, backlog: 0, setAside: 0 };
    const ready: PrinterStatus = { state: 'ready', paperNearEnd: false };
    const printing = { readStatus: async () => ready, observeStatus: () => () => undefined } as unknown as TicketPrinting;
    const district = { syncState: () => sync } as unknown as DistrictLink;
    const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const alerts = startOfficeAlerts({ printing, district: () => district, clock, log: quiet });
    const kinds = async () => (await alerts.fresh()).map((a) => [a.kind, a.count]);
    try {
      sync = { ...sync, backlog: 12, lastError: 'connection refused', circuit: 'open' };
      expect(await kinds()).toEqual([]);
      clock.set(clock.now() + SYNC_BACKLOG_ALERT_MS - 1_000);
      expect(await kinds()).toEqual([]);
      clock.set(clock.now() + 1_000);
      sync = { ...sync, backlog: 15, setAside: 2 };
      expect(await kinds()).toEqual([
        ['sync-backlog', 15],
        ['sync-set-aside', 2],
      ]);
      expect((await alerts.fresh())[0]?.since).toBe('2026-11-24T01:00:00.000Z');

      sync = { ...sync, backlog: 0, lastError: null, circuit: 'closed' };
      expect(await kinds()).toEqual([['sync-set-aside', 2]]);
      sync = { ...sync, setAside: 0 };
      expect(await kinds()).toEqual([]);
    } finally {
      alerts.close();
    }
  });
});
