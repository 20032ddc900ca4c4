import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardStateSchema } from '../../shared/lan/counterApi';
import { businessDayOf } from '../../shared/businessDay';
import { createKioskCore, DEMO_STAFF_PIN, type KioskCore } from '../../electron/services/kiosk/kioskCore';
import { createPrinter } from '../../electron/services/printing/createPrinter';
import { startVirtualPrinter } from '../../tools/virtualPrinter/virtualPrinter';
import { staticKeyProvider } from '../../electron/services/privacy/keyProviders';
import type { Logger } from '../../nodeShared/logger';
import { capturingLogger } from '../../server/src/testSupport/capturingLogger';
import { startDemoDistrict } from '../demoDistrict';
import { dayClock, dayStart, officeDayOn, startOfficeDay, type OfficeDayPlayer } from './officeDayPlayer';

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the played office day (npm run demo:day)', () => {
  it('issues paper and mobile tickets, calls, recalls, serves and marks no-shows through the real kiosk, LAN API and district server', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-day-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const serverLog = capturingLogger();
    const district = await startDemoDistrict(dataDir, 0, serverLog);
    cleanups.push(() => district.server.close());

    const scenario = officeDayOn(businessDayOf(Date.now(), 4));
    // Ten simulated minutes a second: the first office hour and a half in about nine seconds.
    const clock = dayClock(dayStart(scenario), 600);
    const core: KioskCore = createKioskCore({
      dataDir,
      demo: true,
      printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port }),
      clock,
      initialOffice: scenario.office,
      log: quiet,
      lan: { host: '127.0.0.1', port: 0, pagesDir: join(dataDir, 'no-pages') },
      district: { serverUrl: district.server.url, kioskId: district.kioskId, secret: district.secret, keyProvider: staticKeyProvider(Buffer.alloc(32, 9)), retry: { baseDelayMs: 200, maxDelayMs: 1_000 } },
    });
    cleanups.push(() => core.close());
    const lanBase = (await core.lan!.setEnabled(true)).counterPageUrls[0].replace(/\/counter$/, '');

    const reports: string[] = [];
    const player: OfficeDayPlayer = await startOfficeDay({ core, lanBase, clock, scenario, staffPin: DEMO_STAFF_PIN, mobileTickets: true, report: (line) => reports.push(line) });
    cleanups.push(() => player.stop());
    // Waits on what the day did, not on time: a loaded machine only makes the day lag.
    await vi.waitFor(
      () => {
        const { tally } = player;
        expect(tally.paper).toBeGreaterThanOrEqual(10);
        expect(tally.mobile).toBeGreaterThanOrEqual(3);
        expect(tally.called).toBeGreaterThanOrEqual(15);
        expect(tally.served).toBeGreaterThanOrEqual(10);
        expect(tally.recalled).toBeGreaterThanOrEqual(2);
        expect(tally.noShows).toBeGreaterThanOrEqual(1);
        // The door queue takes its tickets at the opening, so a mobile resident's call may come later in the day.
        expect(serverLog.lines.some((line) => /message issued to 010-\*\*\*\*-\d{4}: /.test(line))).toBe(true);
        expect(serverLog.lines.some((line) => /message called to 010-\*\*\*\*-\d{4}: /.test(line))).toBe(true);
      },
      { timeout: 60_000, interval: 200 },
    );
    await player.stop();
    const { tally } = player;
    expect(tally.notIssued).toBe(0);
    expect(tally.called).toBeLessThanOrEqual(tally.paper + tally.mobile);
    expect(reports.filter((line) => line.includes('failed'))).toEqual([]);
    expect(reports.some((line) => /^\d{2}:00 \d+ tickets \(\d+ mobile\), \d+ called/.test(line))).toBe(true);

    // What the pages show comes from the kiosk itself, not from the player's tally.
    expect(printer.jobs.length).toBe(tally.paper);
    const board = boardStateSchema.parse(await (await fetch(`${lanBase}/api/board/state`)).json());
    expect(board.recentCalls.length).toBeGreaterThan(0);
    expect(board.nowServing.length).toBeGreaterThan(0);

    // The district server's log provider sent issued and called messages (waited for above), to masked numbers only.
    expect(serverLog.lines.filter((line) => /0100000\d{4}|010-0000-\d{4}/.test(line))).toEqual([]);
    const publicPage = await (await fetch(`${district.server.url}/offices/demo-office`)).text();
    expect(publicPage).toMatch(/\d+/);
  });
});
