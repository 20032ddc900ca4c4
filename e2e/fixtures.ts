import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import type { OfficeConfig } from '../shared/office';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/services/printing/virtual/virtualPrinter';
import { BUILD_DIR, startKioskBridge } from './bridge/kioskBridge';
import { ELECTRON_MISSING_REASON, electronBinaryPath } from './electronBinary';

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
    try {
      if (transport === 'electron') {
        const executablePath = electronBinaryPath();
        test.skip(!executablePath, ELECTRON_MISSING_REASON);
        const officeFile = join(dataDir, 'office.json');
        if (office) writeFileSync(officeFile, JSON.stringify(office));
        const app = await _electron.launch({
          executablePath: executablePath ?? undefined,
          args: [join(BUILD_DIR, 'main/index.js')],
          env: {
            ...process.env,
            SUNBEON_DATA_DIR: dataDir,
            SUNBEON_PRINTER: `tcp://127.0.0.1:${printer.port}`,
            ...(office ? { SUNBEON_OFFICE_FILE: officeFile } : {}),
          },
        });
        cleanups.unshift(() => app.close());
        const page = await app.firstWindow();
        if (viewport) await page.setViewportSize(viewport);
        await use({ page, printer, electronApp: app });
      } else {
        const bridge = await startKioskBridge({ dataDir, printerPort: printer.port, office });
        cleanups.unshift(() => bridge.close());
        const browser = await playwright.chromium.launch(launchOptions);
        cleanups.unshift(() => browser.close());
        // A context of our own, not browser.newPage(): axe-core needs it to open frames.
        const context = await browser.newContext({ viewport: viewport ?? { width: 1080, height: 1920 } });
        const page = await context.newPage();
        await bridge.attach(page);
        await page.goto(bridge.url);
        await use({ page, printer });
      }
    } finally {
      for (const cleanup of cleanups) await cleanup().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
