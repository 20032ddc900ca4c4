import { expect, test } from './fixtures';
import { chooseService, expectAccessible, printFailsWithNothingOut, printTicket, screen } from './kioskSteps';

const problems = [
  { fault: 'paper-out', words: '프린터 용지가 떨어졌습니다.' },
  { fault: 'cover-open', words: '프린터 덮개가 열려 있습니다.' },
  { fault: 'offline', words: '프린터가 꺼져 있거나 연결되어 있지 않습니다.' },
  { fault: 'no-answer', words: '프린터가 응답하지 않습니다.' },
] as const;

test.describe('printer faults', () => {
  for (const { fault, words } of problems) {
    test(`${fault} when the resident taps print: plain words, no ticket issued`, async ({ kiosk }) => {
      const { page, printer } = kiosk;
      await chooseService(page, { language: '한국어', service: /인감증명/ });
      // The ticket-type screen has finished its own printer check: only the tap can learn of the fault.
      await expect(page.getByRole('button', { name: '종이로 받기' })).toBeEnabled();
      printer.setFault(fault);
      await printTicket(page);

      const error = page.getByTestId('error-printer');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('data-printer-problem', fault);
      await expect(error).toContainText(words);
      await expect(page.getByTestId('ticket-number')).toHaveCount(0);
      await expectAccessible(page);
      expect(printer.jobs).toHaveLength(0);

      // Not counted as handed out: the next resident is first in line and gets the first number.
      printer.setFault(null);
      await page.getByRole('button', { name: '처음으로' }).click();
      await chooseService(page, { language: '한국어', service: /인감증명.*대기 0명/ });
      await printTicket(page);
      await expect(page.getByTestId('ticket-number')).toHaveText('3001');
    });
  }

  test('a printer already out of paper is told on the ticket-type screen, with a way back', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    printer.setFault('paper-out');
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await page.getByRole('button', { name: /가족관계 증명/ }).click();
    await expect(page.getByRole('heading', { name: '지금은 종이 번호표를 출력할 수 없습니다' })).toBeVisible();
    await expect(page.getByRole('button', { name: '종이로 받기' })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: '처음으로' }).click();
    await expect(screen(page, 'start')).toBeVisible();
  });

  test('connection dropped mid-print: the resident is asked, and only their "no" lets the number print again, once', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await chooseService(page, { language: '한국어', service: /주민등록/ });
    printer.setFault('drop-mid-print');
    await printTicket(page);

    await expect(screen(page, 'printUncertain')).toBeVisible();
    await expect(page.getByRole('heading', { name: '번호표가 나왔나요?' })).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('1001');
    await expect(page.getByRole('button', { name: '다시 출력' })).toHaveCount(0);
    await expectAccessible(page);
    expect(printer.jobs).toHaveLength(0);

    printer.setFault(null);
    await page.getByRole('button', { name: '아니요, 안 나왔습니다' }).click();
    await expect(screen(page, 'printFailed')).toBeVisible();
    await page.getByRole('button', { name: '다시 출력' }).click();
    await expect(screen(page, 'done')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('1001');
    expect(printer.jobs).toHaveLength(1);
    expect(printer.lastJob()?.text).toContain('1001');

    // The ticket counts in the queue once: the next resident has one person ahead.
    await page.getByRole('button', { name: '완료' }).click();
    await chooseService(page, { language: '한국어', service: /주민등록.*대기 1명/ });
    await printTicket(page);
    await expect(page.getByTestId('ticket-number')).toHaveText('1002');
    await expect(page.getByTestId('people-ahead')).toHaveText('1');
    expect(printer.jobs).toHaveLength(2);
  });

  test('a resident who finds the ticket in the tray says so: no second copy', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await chooseService(page, { language: '한국어', service: /주민등록/ });
    await printTicket(page);
    await expect(screen(page, 'done')).toBeVisible();
    await page.getByRole('button', { name: '완료' }).click();

    // The printer confirmed the first job; now it goes quiet once the bytes are out.
    await chooseService(page, { language: '한국어', service: /주민등록/ });
    printer.setFault('no-answer', { afterJobBytes: 0 });
    await printTicket(page);
    await expect(screen(page, 'printUncertain')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('1002');
    printer.setFault(null);
    await page.getByRole('button', { name: '네, 나왔습니다' }).click();
    await expect(screen(page, 'done')).toBeVisible();
    expect(printer.received).toBe(1);
  });

  test('a failed print can be cancelled: the number leaves the queue', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await chooseService(page, { language: 'English', service: /Passport/ });
    await printFailsWithNothingOut(page, printer);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(screen(page, 'cancelled')).toBeVisible();

    printer.setFault(null);
    await page.getByRole('button', { name: 'Back to start' }).click();
    await chooseService(page, { language: 'English', service: /Passport.*0 waiting/ });
  });
});
