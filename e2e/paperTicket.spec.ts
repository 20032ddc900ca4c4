import { expect, test } from './fixtures';
import { expectAccessible, screen, takePaperTicket } from './kioskSteps';

for (const viewport of [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
]) {
  test.describe(`paper ticket, ${viewport.name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a resident takes a Hangul ticket that the printer receives byte for byte', async ({ kiosk }) => {
      const { page, printer } = kiosk;
      await expect(screen(page, 'start')).toBeVisible();
      await expectAccessible(page);

      await page.getByRole('button', { name: '한국어', exact: true }).click();
      await expect(screen(page, 'chooseService')).toBeVisible();
      await expect(page.getByRole('button', { name: /주민등록 등·초본.*대기 0명/ })).toBeVisible();
      await expectAccessible(page);

      // A paper-only office has no ticket type to choose: the service is the tap that prints.
      await page.getByRole('button', { name: /주민등록 등·초본/ }).click();
      await expect(screen(page, 'done')).toBeVisible();
      expect(printer.jobs).toHaveLength(1);
      await expect(page.getByTestId('ticket-number')).toHaveText('1001');
      await expect(page.getByTestId('people-ahead')).toHaveText('0');
      await expect(page.getByRole('heading', { name: '번호표를 가져가세요' })).toBeVisible();
      await expectAccessible(page);

      const ticket = printer.lastJob();
      expect(ticket?.koreanMode).toBe(true);
      expect(ticket?.cut).toBe(true);
      expect(ticket?.commands.slice(0, 4)).toEqual(['ESC @', 'ESC t 0', 'FS &', 'ESC R 13']);
      const text = ticket?.text ?? '';
      expect(text).toContain('순번구청 민원실');
      expect(text).toContain('주민등록 등·초본');
      expect(text).toContain('앞에 기다리는 분: 0명');
      // No counter is open yet, so nobody can say how long: "unknown", never a made-up figure.
      expect(text).toContain('예상 대기 알 수 없음');
      await expect(page.getByTestId('wait-estimate')).toHaveText('알 수 없음');
      expect(text).toMatch(/발행 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(text).toContain('번호가 불리면 안내된 창구로 오세요');
      const numberLine = ticket?.lines.find((line) => 'text' in line && line.text === '1001');
      expect(numberLine).toMatchObject({ widthMultiplier: 8, heightMultiplier: 8 });
      expect(printer.jobs).toHaveLength(1);

      await page.getByRole('button', { name: '완료' }).click();
      await expect(screen(page, 'start')).toBeVisible();
    });

    test('Escape goes back from any resident screen; Enter takes the done screen\'s one way back', async ({ kiosk }) => {
      const { page } = kiosk;
      await page.getByRole('button', { name: '한국어', exact: true }).click();
      await expect(screen(page, 'chooseService')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(screen(page, 'start')).toBeVisible();

      await takePaperTicket(page, { language: '한국어', service: /여권/ });
      await expect(screen(page, 'done')).toBeVisible();
      await expect(page.getByRole('button', { name: '처음으로' })).toHaveCount(0);
      await page.keyboard.press('Enter');
      await expect(screen(page, 'start')).toBeVisible();
    });

    test('the next resident, in English, is one further back and the kiosk returns to start by itself', async ({ kiosk }) => {
      const { page, printer } = kiosk;
      await takePaperTicket(page, { language: '한국어', service: /여권/ });
      await expect(page.getByTestId('ticket-number')).toHaveText('4001');
      await page.getByRole('button', { name: '완료' }).click();

      await takePaperTicket(page, { language: 'English', service: /Passport.*1 waiting/ });
      await expect(page.getByTestId('ticket-number')).toHaveText('4002');
      await expect(page.getByTestId('people-ahead')).toHaveText('1');
      expect(printer.lastJob()?.text).toContain('People ahead of you: 1');
      expect(printer.lastJob()?.text).toContain('Passport');

      // Warned first, with a countdown and a way to stay.
      await expect(page.getByTestId('idle-warning')).toContainText(/Going back to the start in \d+ s/, { timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'More time' })).toBeVisible();
      await expect(screen(page, 'start')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    });
  });
}
