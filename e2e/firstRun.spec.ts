import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen, takePaperTicket } from './kioskSteps';

const MANAGER_PIN = '482916';

// A Tuesday, 10:00 in Seoul: inside the usual office hours the setup starts from.
test.use({ firstRun: true, startAt: '2026-11-24T01:00:00Z' });
// A whole setup and first ticket, twice the steps of the other specs.
test.setTimeout(180_000);

for (const viewport of [
  { name: 'portrait 1080×1920', width: 1080, height: 1920 },
  { name: 'landscape 1920×1080', width: 1920, height: 1080 },
]) {
  test.describe(`first run, ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('an empty kiosk without the demo is set up on screen and issues its first ticket', async ({ kiosk }) => {
      const { page, printer } = kiosk;
      await expect(screen(page, 'setup')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('순번 처음 설정');
      await expectAccessible(page);

      // Nothing typed: every problem is named next to its field.
      await page.getByRole('button', { name: '설정 마치기' }).click();
      await expect(page.getByLabel('사무실 이름(한국어)')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('PIN은 6자리 이상입니다.')).toBeVisible();
      await expectAccessible(page);

      await page.getByLabel('사무실 이름(한국어)').fill('종로구청 민원실');
      await page.getByLabel('사무실 이름(영어)').fill('Jongno-gu Office');
      await page.getByRole('textbox', { name: '관리자 PIN', exact: true }).fill('123456');
      await page.getByLabel('관리자 PIN 다시 입력').fill('123456');
      await page.getByRole('button', { name: '설정 마치기' }).click();
      await expect(page.getByText('000000, 123456 처럼 쉬운 PIN은 쓸 수 없습니다.')).toBeVisible();

      await page.getByRole('textbox', { name: '관리자 PIN', exact: true }).fill(MANAGER_PIN);
      await page.getByLabel('관리자 PIN 다시 입력').fill(MANAGER_PIN);
      // Welfare consultation is not offered here; passport closes its line at 16:00.
      await page.getByTestId('service-welfare').getByLabel('이 업무 번호표 발급').uncheck();
      await page.getByTestId('service-passport').getByLabel('마지막 발급 시각').fill('16:00');
      await page.getByLabel('창구 수').fill('3');

      await page.getByRole('button', { name: '시험 인쇄' }).click();
      await expect(page.getByTestId('test-print-result')).toHaveText(/시험 인쇄가 나왔습니다/);
      expect(printer.lastJob()?.text).toContain('순번 시험 인쇄');
      printer.setFault('cover-open');
      await page.getByRole('button', { name: '시험 인쇄' }).click();
      await expect(page.getByTestId('test-print-result')).toHaveText('인쇄하지 못했습니다. 프린터 덮개가 열려 있습니다.');
      printer.setFault(null);

      await page.getByRole('button', { name: '설정 마치기' }).click();
      await expect(screen(page, 'start')).toBeVisible();
      await expect(page.locator('.topbar__office')).toHaveText('종로구청 민원실');

      await page.getByRole('button', { name: '한국어', exact: true }).click();
      await expect(page.getByRole('button', { name: /복지 상담/ })).toHaveCount(0);
      await page.getByRole('button', { name: '처음으로' }).click();
      await takePaperTicket(page, { language: '한국어', service: /주민등록/ });
      await expect(page.getByTestId('ticket-number')).toHaveText('1001');
      await expect.poll(() => printer.lastJob()?.text ?? '').toContain('종로구청 민원실');
      await page.getByRole('button', { name: '완료' }).click();

      // The demo PIN opens nothing; the manager's does.
      await enterStaffPin(page, '0000');
      await expect(screen(page, 'staffPin').getByText('PIN이 맞지 않습니다. 다시 입력하세요.')).toBeVisible();
      await page.getByRole('button', { name: '처음으로' }).click();
      await enterStaffPin(page, MANAGER_PIN);
      await expect(screen(page, 'staff')).toBeVisible();
      await expect(page.getByRole('button', { name: '잠그기' })).toBeInViewport();
      await expectAccessible(page);
    });
  });
}
