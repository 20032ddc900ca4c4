import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import type { OfficeConfig } from '../shared/office';
import { startVirtualPrinter, type VirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { BUILD_DIR, startKioskBridge } from './bridge/kioskBridge';
import { ELECTRON_MISSING_REASON, electronBinaryPath } from './electronBinary';
import { freePort } from './freePort';

export interface KioskTransportOptions {
  /** 'bridge': built renderer + preload in Chromium, IPC through a Playwright binding; 'electron': the real app. */
  transport: 'bridge' | 'electron';
}

export interface KioskOptions {
  /** Seeds the kiosk's office instead of the demo one. */
  office: OfficeConfig | undefined;
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
}

export const test = base.extend<KioskOptions & { kiosk: Kiosk }, KioskTransportOptions>({
  transport: ['bridge', { option: true, scope: 'worker' }],
  office: [undefined, { option: true }],
  kiosk: async ({ transport, playwright, launchOptions, office, viewport }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-e2e-'));
    const printer = await startVirtualPrinter({ port: 0 });
    const cleanups: Array<() => Promise<unknown>> = [() => printer.stop()];
    let browser: Browser | undefined;
    const openBrowserPage = async (size: { width: number; height: number }) => {
      if (!browser) {
        browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--autoplay-policy=no-user-gesture-required'] });
        const opened = browser;
        cleanups.unshift(() => opened.close());
      }
      return (await browser.newContext({ viewport: size })).newPage();
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
            ...(office ? { SUNBEON_OFFICE_FILE: officeFile } : {}),
          },
        });
        cleanups.unshift(() => app.close());
        const page = await app.firstWindow();
        if (viewport) await page.setViewportSize(viewport);
        await use({ page, printer, electronApp: app, lanBase: `http://127.0.0.1:${lanPort}`, openBrowserPage });
      } else {
        const bridge = await startKioskBridge({ dataDir, printerPort: printer.port, office, lanPort: 0 });
        cleanups.unshift(() => bridge.close());
        // A context of our own, not browser.newPage(): axe-core needs it to open frames.
        const page = await openBrowserPage(viewport ?? { width: 1080, height: 1920 });
        await bridge.attach(page);
        await page.goto(bridge.url);
        const lanBase = bridge.core.lan?.status().counterPageUrls[0]?.replace(/\/counter$/, '');
        if (!lanBase) throw new Error('the kiosk bridge did not start its LAN server');
        await use({ page, printer, lanBase, openBrowserPage });
      }
    } finally {
      for (const cleanup of cleanups) await cleanup().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});


export { expect } from '@playwright/test';
