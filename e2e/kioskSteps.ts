import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
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

export async function printTicket(page: Page, name: RegExp = /번호표 출력|Print a ticket/): Promise<void> {
  await page.getByRole('button', { name }).click();
}
