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
  await page.getByRole('button', { name: /직원 메뉴/ }).focus();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'staffPin')).toBeVisible();
  await page.keyboard.type(DEMO_STAFF_PIN);
  await page.keyboard.press('Enter');
  await expect(screen(page, 'staff')).toBeVisible();

  await tabTo(page, '번호표 창구');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('번호표 번호')).toBeVisible();

  await tabTo(page, '잠그기');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'start')).toBeVisible();
});
