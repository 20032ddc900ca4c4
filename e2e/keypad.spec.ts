import { expect, test } from './fixtures';
import { arrowTo, expectVisibleFocus, focused, pressByArrows, screen } from './kioskSteps';
import { withOfflineMobileKiosk } from './offlineMobileKiosk';

/*
 * A resident with the kiosk's physical keypad only: arrows, OK (Enter), back (Escape). No mouse,
 * no number keys: even the phone number is typed by walking the on-screen keypad.
 */

test.skip(({ transport }) => transport === 'electron', 'the bridge run covers the keypad; the mobile half needs the OS keystore under Electron');

test('a paper ticket by keypad alone, back included', async ({ kiosk }) => {
  const { page, printer } = kiosk;
  await expect(screen(page, 'start')).toBeVisible();
  // Fresh from boot, before any input, the idle start screen's title holds the focus without a ring.
  await expect(focused(page)).toHaveClass(/screen-title/);
  await expect(focused(page)).toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'chooseService')).toBeVisible();

  // Back from the service list, then in again.
  await page.keyboard.press('Escape');
  await expect(screen(page, 'start')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'chooseService')).toBeVisible();

  // OK on a screen of equal choices lands on the first; arrows walk on from there.
  await page.keyboard.press('Enter');
  await expect(focused(page)).toContainText('주민등록');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(focused(page)).toContainText('주민등록');
  // A paper-only office: OK on the service prints, no one-choice ticket-type screen.
  await page.keyboard.press('Enter');
  await expect(screen(page, 'done')).toBeVisible();
  await expect(page.getByTestId('ticket-number')).toHaveText('1001');
  expect(printer.lastJob()?.text).toContain('주민등록 등·초본');

  await page.keyboard.press('Enter');
  await expect(screen(page, 'start')).toBeVisible();
});

test('a mobile ticket by keypad alone: consent, the number on the on-screen keypad, confirm', async ({ browser }) => {
  await withOfflineMobileKiosk(browser, { viewport: { width: 1080, height: 1920 } }, async (page, printer) => {
    await expect(screen(page, 'start')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(screen(page, 'chooseService')).toBeVisible();
    // A printer slow to answer its check: the arrows reach 휴대폰으로 받기 before the answer, which leaves the focus there.
    printer.setFault('no-answer');
    await pressByArrows(page, /여권/);
    await arrowTo(page, '휴대폰으로 받기');
    // Checked at once, not retried: the arrows got there while the printer was still being checked.
    expect(await screen(page, 'chooseTicket').getByText('프린터를 확인하고 있습니다').isVisible()).toBe(true);
    await expect(screen(page, 'chooseTicket').getByText('프린터가 응답하지 않습니다')).toBeVisible();
    await expect(focused(page)).toHaveText('휴대폰으로 받기');
    await expectVisibleFocus(page);
    printer.setFault(null);
    await page.keyboard.press('Enter');
    await expect(screen(page, 'mobileConsent')).toBeVisible();
    // OK agrees: the consent's main action.
    await page.keyboard.press('Enter');
    await expect(screen(page, 'phoneEntry')).toBeVisible();
    await expect(screen(page, 'phoneEntry')).toContainText('하이픈(-)은 자동으로 입력됩니다');
    // The new screen's title holds the focus, drawn with the ring a keypad user follows.
    await expect(focused(page)).toHaveClass(/screen-title/);
    await expectVisibleFocus(page);

    // Down from the title lands on 1; Down again one row lower, on 4.
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).toHaveText('1');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).toHaveText('4');
    await page.keyboard.press('ArrowUp');
    await expect(focused(page)).toHaveText('1');
    // Made up: 010-0000-4321 is no subscriber's number.
    for (const digit of ['0', '1', '0', '0', '0', '0', '0', '4', '3', '2', '1']) await pressByArrows(page, digit);
    await expect(page.getByTestId('phone-display')).toHaveText('010-0000-4321');
    await pressByArrows(page, '다음');

    await expect(screen(page, 'mobileConfirm')).toBeVisible();
    // Every digit as typed, to check; masked from the done screen on.
    await expect(page.getByTestId('confirm-phone')).toHaveText('010-0000-4321');
    // In large type: at least two and a half times the page's text.
    const sizes = await page.getByTestId('confirm-phone').evaluate((element) => [getComputedStyle(element).fontSize, getComputedStyle(document.documentElement).fontSize].map(parseFloat));
    expect(sizes[0]).toBeGreaterThanOrEqual(2.5 * sizes[1]);
    // Focus is on the title again: OK confirms.
    await page.keyboard.press('Enter');
    await expect(screen(page, 'mobileDone')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('4001');
    await expect(page.getByTestId('masked-phone')).toHaveText('010-****-4321');
    await page.keyboard.press('Enter');
    await expect(screen(page, 'start')).toBeVisible();
  });
});

test('OK on the start screen starts in Korean, or at once in the language the arrows reached', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(screen(page, 'start')).toBeVisible();
  await pressByArrows(page, '中文');
  await expect(screen(page, 'chooseService')).toBeVisible();
  await expect(page.getByRole('heading', { name: '请选择您要办理的业务' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(screen(page, 'start')).toBeVisible();
  await pressByArrows(page, 'Tiếng Việt');
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

test('the idle warning is said once, while its countdown ticks silently', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(screen(page, 'start')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'chooseService')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'done')).toBeVisible();

  const countdown = page.getByTestId('idle-warning').locator('.idle-warning__text');
  await expect(countdown).toBeVisible({ timeout: 10_000 });
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(1);
  const said = await alerts.textContent();
  const firstTick = await countdown.textContent();
  await expect(countdown).not.toHaveText(firstTick ?? '');
  // The live alert did not change with the tick: screen readers say it once.
  await expect(alerts).toHaveText(said ?? '');
  expect(said).not.toMatch(/\d/);
  await expect(page.locator('[aria-live]:has-text("초 뒤")')).toHaveCount(0);
});
