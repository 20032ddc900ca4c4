import { expect, test } from './fixtures';
import { expectAccessible, printFailsWithNothingOut, screen, takePaperTicket } from './kioskSteps';

const problems = [
  { fault: 'paper-out', words: '프린터 용지가 떨어졌습니다.' },
  { fault: 'cover-open', words: '프린터 덮개가 열려 있습니다.' },
  { fault: 'offline', words: '프린터가 꺼져 있거나 연결되어 있지 않습니다.' },
  { fault: 'no-answer', words: '프린터가 응답하지 않습니다.' },
] as const;

test.describe('printer faults', () => {
  for (const { fault, words } of problems) {
    test(`${fault} when the resident chooses a service: plain words on the ticket-type screen, no ticket issued, a way back`, async ({ kiosk }) => {
      const { page, printer } = kiosk;
      printer.setFault(fault);
      // A paper-only office prints on the service's tap; its printer check finds the fault first.
      await page.getByRole('button', { name: '한국어', exact: true }).click();
      await page.getByRole('button', { name: /인감증명/ }).click();
      await expect(page.getByRole('heading', { name: '지금은 종이 번호표를 출력할 수 없습니다' })).toBeVisible();
      await expect(screen(page, 'chooseTicket')).toContainText(words);
      await expect(page.getByRole('button', { name: '종이로 받기' })).toHaveCount(0);
      await expect(page.getByTestId('ticket-number')).toHaveCount(0);
      await expectAccessible(page);
      expect(printer.jobs).toHaveLength(0);

      // Not counted as handed out: the next resident is first in line and gets the first number.
      printer.setFault(null);
      await page.getByRole('button', { name: '처음으로' }).click();
      await expect(screen(page, 'start')).toBeVisible();
      await takePaperTicket(page, { language: '한국어', service: /인감증명.*대기 0명/ });
      await expect(page.getByTestId('ticket-number')).toHaveText('3001');
    });
  }

  test('connection dropped mid-print: the resident is asked, and only their "no" lets the number print again, once', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    printer.setFault('drop-mid-print');
    await takePaperTicket(page, { language: '한국어', service: /주민등록/ });

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
    await takePaperTicket(page, { language: '한국어', service: /주민등록.*대기 1명/ });
    await expect(page.getByTestId('ticket-number')).toHaveText('1002');
    await expect(page.getByTestId('people-ahead')).toHaveText('1');
    expect(printer.jobs).toHaveLength(2);
  });

  test('a resident who finds the ticket in the tray says so: no second copy', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await takePaperTicket(page, { language: '한국어', service: /주민등록/ });
    await expect(screen(page, 'done')).toBeVisible();
    await page.getByRole('button', { name: '완료' }).click();

    // The printer confirmed the first job; now it goes quiet once the bytes are out.
    printer.setFault('no-answer', { afterJobBytes: 0 });
    await takePaperTicket(page, { language: '한국어', service: /주민등록/ });
    await expect(screen(page, 'printUncertain')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('1002');
    printer.setFault(null);
    await page.getByRole('button', { name: '네, 나왔습니다' }).click();
    await expect(screen(page, 'done')).toBeVisible();
    expect(printer.received).toBe(1);
  });

  test('a failed print can be cancelled: the number leaves the queue', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await printFailsWithNothingOut(page, printer, /Passport/);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(screen(page, 'cancelled')).toBeVisible();

    printer.setFault(null);
    await page.getByRole('button', { name: 'Back to start' }).click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('button', { name: /Passport.*0 waiting/ })).toBeVisible();
  });
});
