import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, pairingCodeFromStaffScreen } from './kioskSteps';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';

// Two pages under axe on a shared machine.
test.setTimeout(180_000);

test('printer problems show on the staff screen (its alerts and its overview) and on the paired counter page as they happen, and clear once fixed', async ({ kiosk }) => {
  const { page, printer, lanBase, openBrowserPage } = kiosk;
  const counter = await openBrowserPage({ width: 1366, height: 768 });
  await counter.goto(`${lanBase}/counter`);
  await counter.getByTestId('pairing-code').fill(await pairingCodeFromStaffScreen(page, 1));
  await counter.getByTestId('pairing-submit').click();
  await expect(counter.getByTestId('counter-number')).toHaveText('1번 창구');
  const counterAlerts = counter.getByTestId('office-alerts');
  await expect(counterAlerts).toBeEmpty();

  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(page.getByTestId('screen-staff')).toBeVisible();
  const staffAlerts = page.getByTestId('office-alerts');
  await expect(staffAlerts).toBeEmpty();
  const overviewPrinter = page.getByTestId('printer-status');
  await expect(overviewPrinter).toHaveAttribute('data-printer-state', 'ready');

  // The staff screen asks by itself; the counter page is told the moment the kiosk notices.
  printer.setFault('paper-near-end');
  const askedWithin = { timeout: 15_000 };
  await expect(staffAlerts.locator('[data-alert="printer-paper-near-end"]')).toContainText('번호표 용지가 얼마 남지 않았습니다', askedWithin);
  await expect(counterAlerts.locator('[data-alert="printer-paper-near-end"]')).toContainText('번호표 용지가 얼마 남지 않았습니다');
  await expectAccessible(page);
  await expectAccessible(counter);

  printer.setFault('cover-open');
  await expect(staffAlerts).toContainText('번호표 프린터 덮개가 열려 있습니다.', askedWithin);
  await expect(staffAlerts.locator('li')).toHaveCount(1);
  // The overview read at unlock re-reads itself too, with nobody touching the screen.
  await expect(overviewPrinter).toHaveAttribute('data-printer-state', 'cover-open', askedWithin);
  await expect(counterAlerts).toContainText('번호표 프린터 덮개가 열려 있습니다.');
  await expect(counterAlerts.locator('li')).toHaveCount(1);

  printer.setFault(null);
  await expect(staffAlerts).toBeEmpty(askedWithin);
  await expect(overviewPrinter).toHaveAttribute('data-printer-state', 'ready', askedWithin);
  await expect(counterAlerts).toBeEmpty();
});
