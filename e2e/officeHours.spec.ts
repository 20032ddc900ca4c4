import { demoOffice } from '../electron/services/office/demoOffice';
import { typicalOfficeHours } from '../shared/officeHours';
import { expect, test } from './fixtures';
import { screen, takePaperTicket } from './kioskSteps';

const seoul = (local: string) => Date.parse(`${local}+09:00`);

test.describe('office hours', () => {
  // Weekdays 09:00–18:00, lunch 12:00–13:00. 2026-11-24 is a Tuesday.
  test.use({ office: { ...demoOffice, hours: typicalOfficeHours }, startAt: '2026-11-24T18:30:00+09:00' });

  test('closes the kiosk after hours, says when it opens again, and reopens with the clock', async ({ kiosk }) => {
    const { page, clock } = kiosk;
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await expect(screen(page, 'chooseService')).toBeVisible();
    await expect(page.getByText('지금은 번호표를 발급하는 시간이 아닙니다.')).toBeVisible();
    const resident = page.getByRole('button', { name: /주민등록/ });
    await expect(resident).toHaveAttribute('aria-disabled', 'true');
    await expect(resident).toContainText(/지금은 발급하지 않습니다 · .*11월 25일.*\(수\).*09:00에 발급 시작/);
    await resident.click({ force: true });
    await page.keyboard.press('1');
    await expect(screen(page, 'chooseService')).toBeVisible();
    expect(kiosk.printer.jobs).toHaveLength(0);
    await page.getByRole('button', { name: '처음으로' }).click();

    // The next morning the same kiosk issues again, without a restart.
    clock!.set(seoul('2026-11-25T09:05:00'));
    await takePaperTicket(page, { language: '한국어', service: /주민등록/ });
    await expect(page.getByTestId('ticket-number')).toHaveText('1001');
    await page.getByRole('button', { name: '완료' }).click();

    // Listed as open just before lunch, tapped just after: the issuing transaction refuses it and says when.
    clock!.set(seoul('2026-11-25T11:59:30'));
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('button', { name: /Resident registration/ })).not.toHaveAttribute('aria-disabled', 'true');
    clock!.set(seoul('2026-11-25T12:00:30'));
    await page.getByRole('button', { name: /Resident registration/ }).click();
    const refused = page.getByTestId('error-service-not-open');
    await expect(refused).toBeVisible();
    await expect(refused).toContainText('This service is not issuing tickets now');
    await expect(refused).toContainText(/opens .*13:00/);
    expect(kiosk.printer.jobs).toHaveLength(1);
  });
});
