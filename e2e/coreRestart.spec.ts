import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { chooseService, expectAccessible, printTicket, screen } from './kioskSteps';

function ticketNumbers(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT display_number FROM tickets ORDER BY issued_at_ms').pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('the core process killed mid-print: a calm wait screen, back to start, nothing acknowledged lost', async ({ kiosk }) => {
  // Two core start-ups (Node loads SQLite, fastify and Skia): slow on a loaded machine.
  test.setTimeout(120_000);
  test.skip(!kiosk.core || !kiosk.dataDir, 'Kills the bridge\'s Node core process; under Electron the utility process belongs to main');
  const { page, printer, core, dataDir } = kiosk;
  await chooseService(page, { language: '한국어', service: /주민등록 등·초본/ });
  await printTicket(page);
  await expect(page.getByTestId('ticket-number')).toHaveText('1001');
  await page.getByRole('button', { name: '완료' }).click();

  // The next ticket is numbered and committed, then the printer falls silent and the core dies while it waits.
  printer.setFault('no-answer', { afterJobBytes: 0 });
  await chooseService(page, { language: '한국어', service: /주민등록 등·초본/ });
  await printTicket(page);
  await expect.poll(() => ticketNumbers(dataDir!), { intervals: [20] }).toHaveLength(2);
  const firstPid = core!.pid();
  process.kill(firstPid!, 'SIGKILL');

  await expect(page.getByTestId('core-restarting')).toBeVisible();
  await expect(page.getByRole('heading', { name: '잠시만 기다려 주세요' })).toBeFocused();
  printer.setFault(null);
  await expect(screen(page, 'start')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('core-restarting')).toBeHidden();
  expect(core!.pid()).not.toBe(firstPid);
  await expectAccessible(page);

  await chooseService(page, { language: '한국어', service: /주민등록 등·초본/ });
  await printTicket(page);
  await expect(page.getByTestId('ticket-number')).toHaveText('1003');
  expect(ticketNumbers(dataDir!)).toEqual(['1001', '1002', '1003']);
  expect(printer.copiesOf('1001')).toBe(1);
});
