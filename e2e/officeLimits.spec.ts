import { demoOffice } from '../electron/services/office/demoOffice';
import { countBlackDots } from '../electron/services/printing/escpos/monochromeBitmap';
import { isRasterLine } from '../tools/virtualPrinter/escPosDecoder';
import { expect, test } from './fixtures';
import { screen, takePaperTicket } from './kioskSteps';

test.describe('a service that reaches its daily cap', () => {
  test.use({
    office: { ...demoOffice, services: demoOffice.services.map((s) => (s.id === 'passport' ? { ...s, dailyCap: 1 } : s)) },
  });

  test('closes for the day with a clear message while the others stay open', async ({ kiosk }) => {
    const { page } = kiosk;
    await takePaperTicket(page, { language: '한국어', service: /여권/ });
    await expect(page.getByTestId('ticket-number')).toHaveText('4001');
    await page.getByRole('button', { name: '완료' }).click();

    await page.getByRole('button', { name: '한국어', exact: true }).click();
    const passport = page.getByRole('button', { name: /여권/ });
    await expect(passport).toContainText('오늘 발급 마감');
    await expect(passport).toHaveAttribute('aria-disabled', 'true');
    await passport.click({ force: true });
    await expect(screen(page, 'chooseService')).toBeVisible();
    await expect(page.getByRole('button', { name: /인감증명/ })).not.toHaveAttribute('aria-disabled', 'true');
  });
});

test.describe('names outside KS X 1001', () => {
  test.use({ office: { ...demoOffice, officeName: { ko: '똠뷁동 행정복지센터', en: 'Ttom-dong Community Center', zh: 'Ttom-dong 社区服务中心', vi: 'Trung tâm cộng đồng Ttom-dong' } } });

  test('print as an image, never as garbage, while the rest stays text', async ({ kiosk }) => {
    const { page, printer } = kiosk;
    await takePaperTicket(page, { language: '한국어', service: /인감증명/ });
    await expect(page.getByTestId('ticket-number')).toHaveText('3001');

    const ticket = printer.lastJob()!;
    expect(ticket.text).not.toContain('똠');
    expect(ticket.text).not.toContain('?');
    const rasters = ticket.lines.filter(isRasterLine);
    expect(rasters).toHaveLength(1);
    expect(countBlackDots(rasters[0].raster)).toBeGreaterThan(200);
    expect(ticket.text).toContain('인감증명');
    expect(ticket.text).toContain('3001');
    await expect(screen(page, 'done')).toBeVisible();
  });
});
