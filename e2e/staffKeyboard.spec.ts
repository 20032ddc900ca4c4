import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectVisibleFocus, screen } from './kioskSteps';

/** Tab until the control named `name` has focus (at most `limit` steps), with its focus ring drawn. */
async function tabTo(page: Page, name: string, limit = 60) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    });
    if (label.trim() === name) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`no control named ${name} reached by Tab`);
}

test('staff work the staff screen by keyboard alone: PIN by number keys, a tab and the lock by Tab and Enter, focus drawn', async ({ kiosk }) => {
  const { page } = kiosk;
  // The staff screens' script, fetched from the PIN screen, is held back until the staff screen is due.
  let releaseStaffScript = () => {};
  const staffScriptHeld = new Promise<void>((resolve) => (releaseStaffScript = resolve));
  await page.route('**/assets/StaffScreen-*.js', async (route) => {
    await staffScriptHeld;
    await route.continue();
  });
  await page.getByRole('button', { name: /직원 메뉴/ }).focus();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'staffPin')).toBeVisible();
  await page.keyboard.type(DEMO_STAFF_PIN);
  await page.keyboard.press('Enter');
  await expect(screen(page, 'staff')).toBeAttached();
  await expect(page.getByRole('heading', { name: '직원 메뉴' })).toHaveCount(0);
  // Once it arrives, the focus lands on the screen's title, as on any other screen.
  releaseStaffScript();
  await expect(page.getByRole('heading', { name: '직원 메뉴' })).toBeFocused();

  await tabTo(page, '번호표 창구');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('번호표 번호')).toBeVisible();

  await tabTo(page, '잠그기');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'start')).toBeVisible();
});
