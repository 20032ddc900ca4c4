import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export function screen(page: Page, name: string) {
  return page.getByTestId(`screen-${name}`);
}

/** Start → language → service → "print a ticket", stopping on the ticket-type screen. */
export async function chooseService(page: Page, options: { language: '한국어' | 'English'; service: RegExp }): Promise<void> {
  await page.getByRole('button', { name: options.language, exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  await page.getByRole('button', { name: options.service }).click();
  await expect(screen(page, 'chooseTicket')).toBeVisible();
}

export async function printTicket(page: Page, name: RegExp = /종이로 받기|Get it on paper/): Promise<void> {
  await page.getByRole('button', { name }).click();
}

/** An English resident's print drops mid-way and they answer that nothing came out: the failed-print screen. */
export async function printFailsWithNothingOut(page: Page, printer: { setFault(fault: 'drop-mid-print' | null): void }): Promise<void> {
  printer.setFault('drop-mid-print');
  await printTicket(page);
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
