import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { openKioskPage, startKioskBridge } from './bridge/kioskBridge';
import { startDistrictWithKiosk } from './district/registeredKiosk';
import { kioskDistrictOptions } from './district/solapiDistrict';
import { expect, test } from './fixtures';
import { chooseService, enterStaffPin, printTicket, screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'The kiosk links to the district only with its OS keystore (safeStorage); the bridge run covers the same sync');
test.setTimeout(120_000);

const DAY_MS = 24 * 60 * 60 * 1000;

test('a ticket the district refuses on its own (the kiosk’s clock was a month behind) is set aside with the reason on the staff screen, and the rest goes on', async ({ browser }) => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-set-aside-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const { server, credentials } = await startDistrictWithKiosk(workDir, randomBytes(24).toString('base64url'));
    cleanups.push(() => server.kill());
    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const kiosk = await startKioskBridge({
      dataDir: join(workDir, 'kiosk'),
      demo: true,
      printerPort: printer.port,
      clockAt: Date.now() - 30 * DAY_MS,
      district: kioskDistrictOptions(server.url, credentials),
    });
    cleanups.push(() => kiosk.close());
    const page = await openKioskPage(browser, kiosk, { width: 1366, height: 768 }, cleanups);

    // A ticket of a business day a month ago: the server takes only days near its own date.
    await chooseService(page, { language: 'English', service: /Passport/ });
    await printTicket(page);
    await expect(page.getByTestId('ticket-number')).toBeVisible();
    const refusedNumber = await page.getByTestId('ticket-number').textContent();
    await page.getByRole('button', { name: 'Finish' }).click();
    // The clock is put right; the next ticket is of today.
    kiosk.clock!.set(Date.now());
    await chooseService(page, { language: 'English', service: /Passport/ });
    await printTicket(page);
    await expect(page.getByTestId('ticket-number')).toBeVisible();
    await page.getByRole('button', { name: 'Finish' }).click();

    await enterStaffPin(page, DEMO_STAFF_PIN);
    await expect(screen(page, 'staff')).toBeVisible();
    const status = page.getByTestId('sync-status');
    const refusedTicket = page.getByTestId('sync-set-aside-events').getByRole('listitem').filter({ hasText: `${refusedNumber}번 번호표의 ticket.issued` });
    await expect(refusedTicket).toContainText("is not near the server's Seoul date", { timeout: 30_000 });
    await expect(refusedTicket).toContainText("check the kiosk's clock");
    // The events after it went on: nothing waits, and the district shows today's office (its snapshot of a month ago was refused too).
    await expect(status.locator('dt', { hasText: '보내지 못한 기록' }).locator('+ dd')).toHaveText('0건', { timeout: 30_000 });
    await expect(status.locator('dt', { hasText: '마지막 전송' }).locator('+ dd')).not.toHaveText('아직 없음');
    await expect.poll(async () => (await fetch(`${server.url}/api/v1/offices/e2e-office/status`)).status, { timeout: 30_000 }).toBe(200);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
