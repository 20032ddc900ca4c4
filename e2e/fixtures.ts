import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import type { OfficeConfig } from '../shared/office';
import { startVirtualPrinter, type VirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import type { SettableClock } from '../nodeShared/clock';
import { settableMachineTime, type SettableMachineTime } from '../electron/services/testSupport/settableMachineTime';
import type { CoreHost } from '../electron/services/coreProcess/coreHost';
import { BUILD_DIR, keepBridgePageAlive, startKioskBridge, type CoreProcessBridge } from './bridge/kioskBridge';
import { ELECTRON_MISSING_REASON, electronBinaryPath } from './electronBinary';
import { freePort } from '../tools/freePort';

export interface KioskTransportOptions {
  /** 'bridge': built renderer + preload in Chromium, IPC through a Playwright binding; 'electron': the real app. */
  transport: 'bridge' | 'electron';
}

export interface KioskOptions {
  /** Seeds the kiosk's office instead of the demo one. */
  office: OfficeConfig | undefined;
  /** An empty kiosk without the demo: it starts on the first-run setup. */
  firstRun: boolean;
  /** Bridge only: main's page watchdog ends a hung page (off by default: axe checks hold the page's thread for seconds). */
  watchHangs: boolean;
  /** The kiosk's clock starts here (an ISO instant) and moves only when the test sets it; bridge only. */
  startAt: string | undefined;
  /** The machine's wall clock starts here and jumps only when the test moves it (clock faults); bridge only. */
  machineAt: string | undefined;
}

export interface Kiosk {
  page: Page;
  printer: VirtualPrinter;
  /** http://127.0.0.1:PORT of the kiosk's LAN server (turned on for every test), for counter pages and boards. */
  lanBase: string;
  /** A fresh page in Chromium, as on a counter's laptop or the waiting-hall TV. */
  openBrowserPage(viewport: { width: number; height: number }): Promise<Page>;
  /** Only under real Electron: the app, for checks of the main process. */
  electronApp?: ElectronApplication;
  /** With `startAt`: the kiosk's clock. */
  clock?: SettableClock;
  /** With `machineAt`: the machine's clocks. */
  machine?: SettableMachineTime;
  /** Bridge only: main's end of the kiosk's core process (its pid, to kill it mid-flow). */
  core?: CoreHost;
  /** Bridge only: the kiosk's data folder (its database file). */
  dataDir?: string;
  /** Bridge only: what main's folder picker answers when staff save the logs (null: they cancel), and how often it was asked. */
  folderPicker?: { answer: string | null; asked: number };
  /** Stops the kiosk and starts it again on the same data folder (bridge only); `page` is then a fresh page on it. */
  restart?(): Promise<void>;
}

interface WorkerFixtures extends KioskTransportOptions {
  /** The worker's Chromium for kiosk pages, counter pages and boards, launched at its first use; each test gets its own contexts. */
  kioskBrowser: () => Promise<Browser>;
}

export const test = base.extend<KioskOptions & { kiosk: Kiosk }, WorkerFixtures>({
  transport: ['bridge', { option: true, scope: 'worker' }],
  kioskBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => {
        launched ??= playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--autoplay-policy=no-user-gesture-required'] });
        return launched;
      });
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],
  office: [undefined, { option: true }],
  firstRun: [false, { option: true }],
  watchHangs: [false, { option: true }],
  startAt: [undefined, { option: true }],
  machineAt: [undefined, { option: true }],
  kiosk: async ({ transport, kioskBrowser, office, firstRun, watchHangs, startAt, machineAt: machineAtStart, viewport }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-e2e-'));
    const printer = await startVirtualPrinter({ port: 0 });
    const cleanups: Array<() => Promise<unknown>> = [() => printer.stop()];
    const openBrowserPage = async (size: { width: number; height: number }) => {
      const context = await (await kioskBrowser()).newContext({ viewport: size });
      cleanups.unshift(() => context.close());
      return context.newPage();
    };
    try {
      if (transport === 'electron') {
        const executablePath = electronBinaryPath();
        test.skip(!executablePath, ELECTRON_MISSING_REASON);
        const officeFile = join(dataDir, 'office.json');
        if (office) writeFileSync(officeFile, JSON.stringify(office));
        const lanPort = await freePort();
        const app = await _electron.launch({
          executablePath: executablePath ?? undefined,
          args: [join(BUILD_DIR, 'main/index.js')],
          env: {
            ...process.env,
            SUNBEON_DATA_DIR: dataDir,
            SUNBEON_PRINTER: `tcp://127.0.0.1:${printer.port}`,
            SUNBEON_LAN: 'on',
            SUNBEON_LAN_HOST: '127.0.0.1',
            SUNBEON_LAN_PORT: String(lanPort),
            ...(firstRun ? {} : { SUNBEON_DEMO: '1' }),
            ...(office ? { SUNBEON_OFFICE_FILE: officeFile } : {}),
          },
        });
        cleanups.unshift(() => app.close());
        const page = await app.firstWindow();
        if (viewport) await page.setViewportSize(viewport);
        await use({ page, printer, electronApp: app, lanBase: `http://127.0.0.1:${lanPort}`, openBrowserPage });
      } else {
        let bridge: CoreProcessBridge | undefined;
        cleanups.unshift(async () => bridge?.close());
        const folderPicker = { answer: null as string | null, asked: 0 };
        const kiosk: Kiosk = { page: undefined as unknown as Page, printer, lanBase: '', openBrowserPage, dataDir, folderPicker };
        const chooseExportFolder = async () => {
          folderPicker.asked += 1;
          return folderPicker.answer;
        };
        const start = async () => {
          // A restarted kiosk keeps the time the test has set.
          const clockAt = kiosk.clock?.now() ?? (startAt ? Date.parse(startAt) : undefined);
          const machineAt = kiosk.machine ?? (machineAtStart ? settableMachineTime(machineAtStart) : undefined);
          bridge = await startKioskBridge({ dataDir, printerPort: printer.port, office, demo: !firstRun, lanPort: 0, clockAt, machineAt, chooseExportFolder });
          kiosk.clock = bridge.clock;
          kiosk.machine = bridge.machine;
          kiosk.core = bridge.core;
          // A context of our own, not browser.newPage(): axe-core needs it to open frames.
          kiosk.page = await openBrowserPage(viewport ?? { width: 1080, height: 1920 });
          await bridge.attach(kiosk.page);
          await kiosk.page.goto(bridge.url);
          keepBridgePageAlive(bridge, kiosk.page, (page) => (kiosk.page = page), { watchHangs });
          const lanBase = bridge.lanStatus()?.counterPageUrls[0]?.replace(/\/counter$/, '');
          if (!lanBase) throw new Error('the kiosk bridge did not start its LAN server');
          kiosk.lanBase = lanBase;
        };
        kiosk.restart = async () => {
          await kiosk.page.context().close();
          await bridge?.close();
          await start();
        };
        await start();
        await use(kiosk);
      }
    } finally {
      for (const cleanup of cleanups) await cleanup().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});


export { expect } from '@playwright/test';
