import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { startSolapiStub } from '../server/src/testSupport/solapiStub';
import { districtProcess } from '../tools/district/districtProcess';
import { freePort } from '../tools/freePort';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { openKioskPage, startKioskBridge } from './bridge/kioskBridge';
import { registerKioskInFile } from './district/registeredKiosk';
import { kioskDistrictOptions, SOLAPI, solapiServerEnv } from './district/solapiDistrict';
import { expect, test } from './fixtures';
import { chooseService, enterStaffPin, rowOf, screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'Mobile tickets under Electron need its OS keystore (safeStorage); the bridge run covers the same flow');
test.setTimeout(120_000);

const IT_TOKEN = randomBytes(24).toString('base64url');
// Built here, never written out: 010-0000-xxxx is not a subscriber's number.
const noKakaoTalk = ['010', '0000', String(4000 + 531)].join('');
const unreachable = ['010', '0000', String(4000 + 642)].join('');

async function takeMobileTicket(page: Page, phone: string): Promise<void> {
  await chooseService(page, { language: '한국어', service: /여권/ });
  await page.getByRole('button', { name: '휴대폰으로 받기' }).click();
  await page.getByRole('button', { name: '동의합니다' }).click();
  for (const digit of phone) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '다음', exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-mobileDone')).toBeVisible();
  await page.getByRole('button', { name: '완료' }).click();
}

test('a message that fell back to SMS and one that failed show, as counts, on the IT statistics page and on the kiosk’s statistics tab', async ({ browser }) => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-delivery-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const solapi = await startSolapiStub(SOLAPI);
    cleanups.push(() => solapi.close());
    // No KakaoTalk: the SMS fallback reaches the phone. No KakaoTalk and the SMS fails too: nothing does.
    solapi.reportFor(noKakaoTalk, '3104');
    solapi.reportFor(unreachable, '3104', '3010');
    const serverDb = join(workDir, 'district.sqlite');
    const credentials = await registerKioskInFile(serverDb, 'e2e-office');
    const server = districtProcess(
      {
        SUNBEON_SERVER_DB: serverDb,
        SUNBEON_SERVER_KEY: randomBytes(32).toString('hex'),
        SUNBEON_IT_TOKEN: IT_TOKEN,
        SUNBEON_REPORT_POLL_S: '1',
        ...solapiServerEnv(solapi.url),
      },
      await freePort(),
    );
    await server.start();
    cleanups.push(() => server.kill());

    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const kiosk = await startKioskBridge({
      dataDir: join(workDir, 'kiosk'),
      demo: true,
      printerPort: printer.port,
      district: { ...kioskDistrictOptions(server.url, credentials), heartbeatMs: 500 },
    });
    cleanups.push(() => kiosk.close());
    const page = await openKioskPage(browser, kiosk, { width: 1366, height: 768 }, cleanups);

    await takeMobileTicket(page, noKakaoTalk);
    await takeMobileTicket(page, unreachable);

    // District IT's statistics page: both reports are in once the server polled Solapi.
    const statistics = async () =>
      (await (await fetch(`${server.url}/api/v1/it/statistics`, { headers: { authorization: `Bearer ${IT_TOKEN}` } })).json()) as {
        to: string;
        offices: Array<{ days: Array<{ businessDay: string; counts: Record<string, number> }> }>;
      };
    await expect.poll(async () => (await statistics()).offices[0]?.days.at(-1)?.counts, { timeout: 30_000 }).toMatchObject({ fell_back: 1, failed: 1, delivered: 0 });
    expect(solapi.delivered.map(({ to, type }) => ({ to, type }))).toEqual([{ to: noKakaoTalk, type: 'SMS' }]);
    // The tickets' business day, not the Seoul date: between midnight and the office day's start (04:00) they differ.
    const today = (await statistics()).offices[0]?.days.at(-1)?.businessDay ?? 'no day with messages';
    const it = await browser.newContext({ httpCredentials: { username: 'it', password: IT_TOKEN } });
    cleanups.push(() => it.close());
    const itPage = await it.newPage();
    await itPage.goto(`${server.url}/it/statistics?lang=ko`);
    const itDay = itPage.locator(`table[data-office-id="e2e-office"] tr[data-day="${today}"]`);
    await expect(itDay.locator('td[data-state="fell_back"]')).toHaveText('1');
    await expect(itDay.locator('td[data-state="failed"]')).toHaveText('1');
    await expect(itDay.locator('td[data-reached]')).toHaveText('50%');
    expect(await itPage.content()).not.toMatch(/4531|4642/);

    // The kiosk hears the same counts in a heartbeat's answer: the staff statistics tab shows them.
    await enterStaffPin(page, DEMO_STAFF_PIN);
    await expect(screen(page, 'staff')).toBeVisible();
    await page.getByRole('button', { name: '통계' }).click();
    const tab = page.getByTestId('statistics');
    const deliveries = tab.getByTestId('stats-deliveries');
    await expect
      .poll(async () => {
        await tab.getByRole('button', { name: '보기' }).click();
        return (await deliveries.count()) > 0 ? rowOf(deliveries, today) : [];
      }, { timeout: 15_000 })
      // Day, delivered by KakaoTalk, fell back to SMS, failed, pending, not sent.
      .toEqual([today, '0', '1', '1', '0', '0']);
    await expect(deliveries.locator('caption')).toHaveText('날짜별 알림 전달 (구청 서버 집계)');
    expect(await page.content()).not.toMatch(/4531|4642/);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
