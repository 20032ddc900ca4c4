import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself, without the blank tab and second copy of axe per check
  // that took half of each check's time. It skips cross-origin frames only, and none can load: the
  // kiosk's, LAN and district pages all send a CSP whose default-src is 'self' or 'none'.
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export function screen(page: Page, name: string) {
  return page.getByTestId(`screen-${name}`);
}

type ServiceChoice = { language: '한국어' | 'English'; service: RegExp };

async function tapService(page: Page, options: ServiceChoice): Promise<void> {
  await page.getByRole('button', { name: options.language, exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  await page.getByRole('button', { name: options.service }).click();
}

/** Start → language → service in an office that also offers mobile tickets, stopping on the ticket-type screen. */
export async function chooseService(page: Page, options: ServiceChoice): Promise<void> {
  await tapService(page, options);
  await expect(screen(page, 'chooseTicket')).toBeVisible();
}

/** Start → language → service in a paper-only office (no district, as the demo): the ticket prints at once, no ticket-type screen. */
export async function takePaperTicket(page: Page, options: ServiceChoice): Promise<void> {
  await tapService(page, options);
}

/** On the ticket-type screen of an office that also offers mobile tickets. */
export async function printTicket(page: Page, name: RegExp = /종이로 받기|Get it on paper/): Promise<void> {
  await page.getByRole('button', { name }).click();
}

/** An English resident's print drops mid-way and they answer that nothing came out: the failed-print screen. */
export async function printFailsWithNothingOut(page: Page, printer: { setFault(fault: 'drop-mid-print' | null): void }, service: RegExp): Promise<void> {
  printer.setFault('drop-mid-print');
  await takePaperTicket(page, { language: 'English', service });
  await expect(screen(page, 'printUncertain')).toBeVisible();
  printer.setFault(null);
  await page.getByRole('button', { name: 'No, nothing came out' }).click();
  await expect(screen(page, 'printFailed')).toBeVisible();
}

/** 직원 메뉴 → the PIN on the keypad → 확인; stops wherever the kiosk answers (staff screen or a PIN notice). */
export async function enterStaffPin(page: Page, pin: string): Promise<void> {
  await page.getByRole('button', { name: /직원 메뉴/ }).click();
  await expect(screen(page, 'staffPin')).toBeVisible();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '확인' }).click();
}

/** Gets a pairing code the way staff do: 직원 메뉴 → PIN → the counter's pairing-code button. */
export async function pairingCodeFromStaffScreen(kioskPage: Page, counterNumber: number, whileUnlocked?: () => Promise<void>): Promise<string> {
  await enterStaffPin(kioskPage, DEMO_STAFF_PIN);
  await expect(kioskPage.getByTestId('screen-staff')).toBeVisible();
  await expectAccessible(kioskPage);
  await whileUnlocked?.();
  await kioskPage.getByRole('button', { name: `${counterNumber}번 창구 페어링 코드` }).click();
  const code = (await kioskPage.getByTestId('pairing-code').textContent())?.replace(/\D/g, '') ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await kioskPage.getByRole('button', { name: '잠그기' }).click();
  await expect(kioskPage.getByTestId('screen-start')).toBeVisible();
  return code;
}

export const focused = (page: Page) => page.locator(':focus');

/** The focused control is drawn with a visible focus ring, not just focused. */
export async function expectVisibleFocus(page: Page) {
  const ring = await page.locator(':focus-visible').evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

/** Presses Right until the control named `name` has focus (at most once around the screen), drawn with its focus ring. */
export async function arrowTo(page: Page, name: string | RegExp) {
  for (let step = 0; step < 20; step += 1) {
    const text = (await focused(page).textContent().catch(() => '')) ?? '';
    if (typeof name === 'string' ? text.trim() === name : name.test(text)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no control named ${String(name)} reached by arrows`);
}

/** Arrows to the control named `name`, then OK. */
export async function pressByArrows(page: Page, name: string | RegExp) {
  await arrowTo(page, name);
  await page.keyboard.press('Enter');
}

/** Cells of a statistics table's row, the row's header first. */
export async function rowOf(table: Locator, head: string): Promise<string[]> {
  const row = table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: head, exact: true }) });
  return (await row.locator('th, td').allTextContents()).map((cell) => cell.trim());
}
