import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { businessDayOf } from '../shared/businessDay';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { staticKeyProvider } from '../electron/services/privacy/keyProviders';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { capturingLogger } from '../server/src/testSupport/capturingLogger';
import { startDemoDistrict } from '../scripts/demoDistrict';
import { dayClock, dayStart, officeDayOn, startOfficeDay } from '../scripts/demo/officeDayPlayer';
import { galleryShots, SCREENSHOTS_DIR_ENV, SHOT_SCALE, stampShot, type GalleryShot } from '../scripts/gallery/gallery';
import { startInlineKioskBridge, type KioskBridge } from './bridge/kioskBridge';
import { expect, test } from './fixtures';
import { chooseService, pairingCodeFromStaffScreen, printTicket, screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'The gallery is taken once, through the bridge');
test.setTimeout(180_000);

/** `npm run screenshots` writes the README's pictures; `npm test` takes the same ones into test-results. */
const shotsDir = resolve(process.env[SCREENSHOTS_DIR_ENV] ?? 'test-results/screenshots');
/** A phone number, whole or masked (010-****-1234): none may be in a picture. */
const PHONE_LIKE = /01[016789][\s-]?(\d|\*){3,4}[\s-]?\d{4}/;

/** A page in a context of its own, closed by `cleanups` (before the kiosk, pushed earlier: an open page keeps asking the core). */
async function openPage(
  cleanups: Array<() => Promise<unknown>>,
  browser: Browser,
  viewport: { width: number; height: number },
  bridge?: KioskBridge,
  scale = SHOT_SCALE,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale, locale: 'ko-KR' });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  if (bridge) {
    await bridge.attach(page);
    await page.goto(bridge.url);
  }
  return page;
}

test('the README gallery: every page of a played office day, in both orientations, without a phone number', async ({ browser }) => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-gallery-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  const taken = new Set<GalleryShot>();
  const shoot = async (page: Page, name: GalleryShot) => {
    await expect(page.locator('body')).not.toHaveText(PHONE_LIKE);
    writeFileSync(join(shotsDir, `${name}.png`), stampShot(await page.screenshot({ animations: 'disabled', caret: 'hide' })));
    taken.add(name);
  };
  try {
    mkdirSync(shotsDir, { recursive: true });
    const printer = await startVirtualPrinter({ port: 0, controlPort: 0 });
    cleanups.push(() => printer.stop());
    const serverLog = capturingLogger();
    const district = await startDemoDistrict(workDir, 0, serverLog);
    cleanups.push(() => district.server.close());
    const scenario = officeDayOn(businessDayOf(Date.now(), 4));
    const clock = dayClock(dayStart(scenario), 300);
    const bridge = await startInlineKioskBridge({
      dataDir: join(workDir, 'kiosk'),
      demo: true,
      printerPort: printer.port,
      lanPort: 0,
      clock,
      office: scenario.office,
      district: { serverUrl: district.server.url, kioskId: district.kioskId, secret: district.secret, keyProvider: staticKeyProvider(Buffer.alloc(32, 5)) },
    });
    cleanups.push(() => bridge.close());
    const lanBase = bridge.core.lan!.status().counterPageUrls[0].replace(/\/counter$/, '');

    // The morning of a played day, then the clock stands still so that every picture shows the same moment.
    const player = await startOfficeDay({ core: bridge.core, lanBase, clock, scenario, staffPin: DEMO_STAFF_PIN, mobileTickets: true });
    cleanups.push(() => player.stop());
    await expect.poll(() => player.tally.called, { timeout: 90_000 }).toBeGreaterThanOrEqual(15);
    await player.stop();
    clock.pause();

    const kiosk = await openPage(cleanups, browser, { width: 1080, height: 1920 }, bridge);
    await expect(screen(kiosk, 'start')).toBeVisible();
    await shoot(kiosk, 'kiosk-start-portrait');
    await kiosk.getByRole('button', { name: '한국어', exact: true }).click();
    await expect(screen(kiosk, 'chooseService')).toContainText(/대기 \d+명/);
    await shoot(kiosk, 'kiosk-services-portrait');
    await kiosk.getByRole('button', { name: /주민등록/ }).click();
    await expect(screen(kiosk, 'chooseTicket')).toBeVisible();
    await shoot(kiosk, 'kiosk-ticket-type-portrait');
    await kiosk.getByRole('button', { name: '휴대폰으로 받기' }).click();
    await expect(kiosk.getByRole('button', { name: '동의합니다' })).toBeVisible();
    await shoot(kiosk, 'kiosk-consent-portrait');
    await kiosk.getByRole('button', { name: '동의합니다' }).click();
    await expect(kiosk.getByTestId('phone-display')).toBeVisible();
    await shoot(kiosk, 'kiosk-phone-entry-portrait');

    await kiosk.goto(bridge.url);
    await chooseService(kiosk, { language: '한국어', service: /주민등록/ });
    await printTicket(kiosk);
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^1\d{3}$/);
    await expect(kiosk.getByTestId('wait-estimate')).toHaveText(/\d/);
    await shoot(kiosk, 'kiosk-done-portrait');
    await kiosk.getByRole('button', { name: '완료' }).click();
    const code = await pairingCodeFromStaffScreen(kiosk, 1, () => shoot(kiosk, 'staff-screen'));

    const landscape = await openPage(cleanups, browser, { width: 1920, height: 1080 }, bridge);
    await expect(screen(landscape, 'start')).toBeVisible();
    await shoot(landscape, 'kiosk-start-landscape');
    await landscape.getByRole('button', { name: 'English', exact: true }).click();
    await expect(screen(landscape, 'chooseService')).toContainText(/\d+ waiting/);
    await shoot(landscape, 'kiosk-services-landscape');

    const preview = await openPage(cleanups, browser, { width: 720, height: 1100 });
    await preview.goto(`http://127.0.0.1:${printer.controlPort}/`);
    await expect.poll(() => preview.locator('#preview').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    await shoot(preview, 'printed-ticket');

    const counter = await openPage(cleanups, browser, { width: 1366, height: 768 });
    await counter.goto(`${lanBase}/counter`);
    await counter.getByTestId('pairing-code').fill(code);
    await counter.getByTestId('pairing-submit').click();
    await expect(counter.getByTestId('counter-number')).toHaveText('1번 창구');
    await expect(counter.getByTestId('current-number')).toHaveText(/^\d{4}$/);
    await shoot(counter, 'counter-page');

    const board = await openPage(cleanups, browser, { width: 1920, height: 1080 });
    await board.goto(`${lanBase}/board`);
    await expect(board.getByTestId('recent-calls')).toContainText(/\d{4}/);
    await shoot(board, 'display-board');

    // A phone's screen is small already: at its own size.
    const phone = await openPage(cleanups, browser, { width: 390, height: 844 }, undefined, 1);
    // The kiosk sends the public page a snapshot every few seconds.
    await expect
      .poll(
        async () => {
          await phone.goto(`${district.server.url}/offices/demo-office`);
          return phone.locator('body').innerText();
        },
        { timeout: 30_000 },
      )
      .toMatch(/주민등록/);
    await shoot(phone, 'public-status');

    expect([...taken].sort()).toEqual([...galleryShots].sort());
    expect(serverLog.lines.join('\n')).not.toMatch(/01[016789]-?\d{3,4}-?\d{4}/);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
