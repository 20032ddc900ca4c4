import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen } from './kioskSteps';

const DAY = 24 * 3_600_000;

test.use({ machineAt: '2026-11-24T01:00:00Z' });

test('a wall clock that jumps a day ahead keeps tickets on today, shows staff the fault, and moves the day only once staff confirm', async ({ kiosk }) => {
  const { page, printer, machine } = kiosk;
  const takeTicket = async () => {
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await page.getByRole('button', { name: /주민등록 등·초본/ }).click();
    await expect(screen(page, 'done')).toBeVisible();
    const number = await page.getByTestId('ticket-number').textContent();
    await page.keyboard.press('Enter');
    await expect(screen(page, 'start')).toBeVisible();
    return { number, printed: printer.lastJob()?.text ?? '' };
  };

  expect(await takeTicket()).toMatchObject({ number: '1001', printed: expect.stringContaining('발행 2026-11-24 10:0') });
  machine!.pass(60_000);
  machine!.setWallClock(machine!.wallMs() + DAY);
  // Still today's numbers and today's date on paper while the fault stands.
  expect(await takeTicket()).toMatchObject({ number: '1002', printed: expect.stringContaining('발행 2026-11-24 10:0') });

  await enterStaffPin(page, DEMO_STAFF_PIN);
  const fault = page.getByTestId('clock-fault');
  await expect(fault).toHaveAttribute('data-direction', 'ahead');
  await expect(fault).toContainText('2026. 11. 25.');
  await expect(fault).toContainText('2026. 11. 24.');
  await expectAccessible(page);
  await fault.getByRole('button', { name: '컴퓨터 시계가 맞습니다' }).click();
  await expect(fault).toHaveCount(0);
  await page.getByRole('button', { name: '보안·기록' }).click();
  await page.getByRole('button', { name: '기록 보기' }).click();
  await expect(page.getByTestId('audit-log').locator('tbody tr').first()).toHaveAttribute('data-action', 'clock-confirmed');
  await page.getByRole('button', { name: '잠그기' }).click();

  // Confirmed: the next business day, numbers from the start of the block.
  expect(await takeTicket()).toMatchObject({ number: '1001', printed: expect.stringContaining('발행 2026-11-25 10:0') });
});
