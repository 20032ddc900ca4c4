import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { OfficeConfig } from '../shared/office';
import { staticKeyProvider } from '../electron/services/privacy/keyProviders';
import { startVirtualPrinter, type VirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { startKioskBridge } from './bridge/kioskBridge';
import { freePort } from '../tools/freePort';

/**
 * A kiosk that offers mobile tickets, linked to a district server that never answers: it issues
 * from its outbox all the same. For specs about the resident's screens, not about sync.
 */
export async function withOfflineMobileKiosk(
  browser: Browser,
  options: { viewport: { width: number; height: number }; office?: OfficeConfig },
  run: (page: Page, printer: VirtualPrinter) => Promise<void>,
): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-mobile-screens-'));
  const printer = await startVirtualPrinter({ port: 0 });
  const bridge = await startKioskBridge({
    dataDir: workDir,
    demo: true,
    office: options.office,
    printerPort: printer.port,
    district: {
      serverUrl: `http://127.0.0.1:${await freePort()}`,
      kioskId: 'kiosk-screens',
      secret: randomBytes(32).toString('hex'),
      keyProvider: staticKeyProvider(randomBytes(32)),
    },
  });
  const context = await browser.newContext({ viewport: options.viewport });
  try {
    const page = await context.newPage();
    await bridge.attach(page);
    await page.goto(bridge.url);
    await run(page, printer);
  } finally {
    // Before the kiosk: an open page would keep asking the closed core.
    await context.close();
    await bridge.close();
    await printer.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
