import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, pairingCodeFromStaffScreen, takePaperTicket } from './kioskSteps';

async function takeTicket(page: Page): Promise<{ number: string; ahead: string }> {
  await takePaperTicket(page, { language: '한국어', service: /주민등록/ });
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const ahead = (await page.getByTestId('people-ahead').textContent()) ?? '';
  await page.getByRole('button', { name: '완료' }).click();
  return { number, ahead };
}

test('a counter calls the ticket a resident just took; the board shows and announces it; the next resident has fewer ahead', async ({ kiosk }) => {
  const { page, lanBase, openBrowserPage } = kiosk;
  expect(await takeTicket(page)).toEqual({ number: '1001', ahead: '0' });
  expect(await takeTicket(page)).toEqual({ number: '1002', ahead: '1' });

  const board = await openBrowserPage({ width: 1920, height: 1080 });
  await board.goto(`${lanBase}/board`);
  await expect(board.getByTestId('board-queues')).toContainText('주민등록 등·초본');
  // No counter is open yet: every surface says "unknown" in the same words as the ticket.
  await expect(board.getByTestId('board-queues')).toContainText('알 수 없음 unknown');
  await expectAccessible(board);

  const counter = await openBrowserPage({ width: 1366, height: 768 });
  await counter.goto(`${lanBase}/counter`);
  await counter.getByTestId('pairing-code').fill(await pairingCodeFromStaffScreen(page, 1));
  await counter.getByTestId('pairing-submit').click();
  await expect(counter.getByTestId('counter-number')).toHaveText('1번 창구');
  await expectAccessible(counter);
  await counter.getByTestId('state-open').click();
  await expect(counter.getByTestId('state-open')).toHaveAttribute('aria-pressed', 'true');
  await counter.getByTestId('action-call-next').click();
  await expect(counter.getByTestId('current-number')).toHaveText('1001');

  await expect(board.getByTestId('serving-counter-1')).toContainText('1001', { timeout: 5_000 });
  await expect(board.getByTestId('call-announcement')).toContainText('1001번 고객님, 1번 창구로 오십시오');
  await expect(board.getByTestId('recent-calls')).toContainText('1001');

  // The kiosk sees the line move: one waiting now, so the next resident has one ahead, not two.
  await takePaperTicket(page, { language: '한국어', service: /주민등록 등·초본.*대기 1명/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('1003');
  await expect(page.getByTestId('people-ahead')).toHaveText('1');
  // With a counter open the kiosk can estimate: a range, never one figure.
  await expect(page.getByTestId('wait-estimate')).toHaveText(/^\d+~\d+분$/);
  await expect(counter.getByTestId('queue-resident-registration')).toContainText(/\d+~\d+분/);
  await expect(board.getByTestId('board-queues')).toContainText(/\d+~\d+분 \d+~\d+ min/);

  // Recall is announced again; done frees the counter.
  await counter.getByTestId('action-complete').click();
  await expect(counter.getByTestId('current-ticket')).not.toContainText('1001');
  // The live event can show the finished ticket before the completion's own answer frees the buttons.
  await expect(counter.getByTestId('action-call-next')).toHaveAttribute('aria-disabled', 'false');
  await counter.keyboard.press('F1');
  await expect(counter.getByTestId('current-number')).toHaveText('1002');
  await expect(board.getByTestId('serving-counter-1')).toContainText('1002');
});
