import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, pairingCodeFromStaffScreen, printFailsWithNothingOut, screen, takePaperTicket } from './kioskSteps';

test('the ticket desk: an abandoned failed print leaves the line, a priority ticket is called first, every action is audit-logged', async ({ kiosk }) => {
  test.setTimeout(180_000);
  const { page, printer, lanBase, openBrowserPage } = kiosk;

  // 4001: a normal passport ticket.
  await takePaperTicket(page, { language: 'English', service: /Passport/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('4001');
  await page.getByRole('button', { name: 'Finish' }).click();

  // 4002: the printer drops mid-print, the resident says nothing came out and walks away.
  await printFailsWithNothingOut(page, printer, /Passport/);
  await page.getByRole('button', { name: 'Back to start' }).click();
  // Not counted ahead of anyone: one waits, not two.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: /Passport.*1 waiting/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to start' }).click();

  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  await page.getByRole('button', { name: '번호표 창구' }).click();
  const awaiting = page.getByTestId('desk-awaiting');
  await expect(awaiting.locator('tr[data-ticket="4002"]')).toContainText('인쇄 실패');
  await expectAccessible(page);
  await awaiting.locator('tr[data-ticket="4002"]').getByRole('button', { name: '취소' }).click();
  await expect(page.getByTestId('desk-message')).toHaveText('4002번을 취소했습니다.');
  await expect(awaiting).toHaveCount(0);

  // A priority ticket for passports: 4003, marked on its paper.
  await page.getByLabel('업무', { exact: true }).selectOption('passport');
  await page.getByRole('button', { name: '우선 번호표 발급' }).click();
  await expect(page.getByTestId('desk-message')).toHaveText('우선 번호표 4003번을 발급했습니다.');
  expect(printer.lastJob()?.text).toContain('교통약자 우선');

  // Find 4001 by number, print a copy marked 재발행.
  await page.getByLabel('번호표 번호').fill('4001');
  await page.getByRole('button', { name: '찾기' }).click();
  const found = page.getByTestId('desk-found').locator('tr[data-ticket="4001"]');
  await expect(found).toContainText('대기 중');
  await found.getByRole('button', { name: '재발행' }).click();
  await expect(page.getByTestId('desk-message')).toHaveText('4001번을 재발행했습니다.');
  expect(printer.lastJob()?.text).toContain('재발행');
  expect(printer.copiesOf('4001')).toBe(2);
  await expectAccessible(page);

  await page.getByRole('button', { name: '보안·기록' }).click();
  await page.getByRole('button', { name: '기록 보기' }).click();
  const log = page.getByTestId('audit-log');
  await expect(log.locator('tr[data-action="ticket-cancelled"]')).toContainText('4002');
  await expect(log.locator('tr[data-action="priority-issued"]')).toContainText('4003');
  await expect(log.locator('tr[data-action="ticket-reprinted"]')).toContainText('4001');
  await page.getByRole('button', { name: '잠그기' }).click();

  // Counter 3 (passports) calls: the priority ticket first, then 4001; 4002 never.
  const counter = await openBrowserPage({ width: 1366, height: 768 });
  await counter.goto(`${lanBase}/counter`);
  await counter.getByTestId('pairing-code').fill(await pairingCodeFromStaffScreen(page, 3));
  await counter.getByTestId('pairing-submit').click();
  await expect(counter.getByTestId('counter-number')).toHaveText('3번 창구');
  await counter.getByTestId('state-open').click();
  await expect(counter.getByTestId('state-open')).toHaveAttribute('aria-pressed', 'true');
  await counter.getByTestId('action-call-next').click();
  await expect(counter.getByTestId('current-number')).toHaveText('4003');
  await counter.getByTestId('action-call-next').click();
  await expect(counter.getByTestId('current-number')).toHaveText('4001');
});

test('a day closed by mistake is reopened by the manager: numbering goes on, the close and the reopening are audit-logged', async ({ kiosk }) => {
  test.setTimeout(180_000);
  const { page } = kiosk;
  await takePaperTicket(page, { language: 'English', service: /Passport/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('4001');
  await page.getByRole('button', { name: 'Finish' }).click();

  await enterStaffPin(page, DEMO_STAFF_PIN);
  await page.getByRole('button', { name: '번호표 창구' }).click();
  await page.getByRole('button', { name: '오늘 업무 마감…' }).click();
  await page.getByRole('button', { name: '마감합니다' }).click();
  await expect(page.getByTestId('desk-message')).toContainText('대기 번호표 1장을 끝냈습니다');
  await page.getByRole('button', { name: '오늘 업무 다시 시작…' }).click();
  await expect(page.getByRole('group', { name: /잘못 마감했나요/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '다시 시작합니다' }).click();
  await expect(page.getByTestId('desk-message')).toHaveText('오늘 업무를 다시 시작했습니다. 번호는 이어서 발급됩니다.');
  await expect(page.getByRole('button', { name: '오늘 업무 마감…' })).toBeVisible();

  await page.getByRole('button', { name: '보안·기록' }).click();
  await page.getByRole('button', { name: '기록 보기' }).click();
  const log = page.getByTestId('audit-log');
  await expect(log.locator('tr[data-action="day-closed"]')).toHaveCount(1);
  await expect(log.locator('tr[data-action="day-reopened"]')).toHaveCount(1);
  await page.getByRole('button', { name: '잠그기' }).click();

  // The ended 4001 is not given out again: the next passport ticket is 4002.
  await takePaperTicket(page, { language: 'English', service: /Passport/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('4002');
});
