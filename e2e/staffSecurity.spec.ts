import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen } from './kioskSteps';

const CLERK_PIN = '730584';

test.use({ startAt: '2026-11-24T01:00:00Z' });
// Twelve PIN entries, a restart and two roles in one story.
test.setTimeout(180_000);

test('wrong PINs lock the keypad across a restart; the manager sees them, sets the clerk PIN and exports the audit log', async ({ kiosk }) => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await enterStaffPin(kiosk.page, '555123');
    await expect(screen(kiosk.page, 'staffPin').getByText('PIN이 맞지 않습니다. 다시 입력하세요.')).toBeVisible();
    await kiosk.page.getByRole('button', { name: '처음으로' }).click();
  }
  await enterStaffPin(kiosk.page, DEMO_STAFF_PIN);
  await expect(screen(kiosk.page, 'staffPin').getByText(/PIN을 여러 번 틀려 잠시 잠겼습니다/)).toBeVisible();

  await kiosk.restart!();
  await enterStaffPin(kiosk.page, DEMO_STAFF_PIN);
  await expect(screen(kiosk.page, 'staffPin').getByText(/PIN을 여러 번 틀려 잠시 잠겼습니다/)).toBeVisible();
  await kiosk.page.getByRole('button', { name: '처음으로' }).click();

  // Someone on the office LAN guesses pairing codes, 5 a minute (the limit of one address), until pairing locks for everyone.
  const guess = async (code: string) =>
    (await fetch(`${kiosk.lanBase}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).status;
  for (const code of ['111111', '222222', '333333', '444444', '555555']) expect(await guess(code)).toBe(401);
  kiosk.clock!.set(kiosk.clock!.now() + 61_000);
  for (const code of ['666666', '777777', '888888', '999999', '101010']) expect(await guess(code)).toBe(401);
  expect(await guess('121212')).toBe(429);

  const { page } = kiosk;
  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  await page.getByRole('button', { name: '보안·기록' }).click();
  await expect(page.getByTestId('failed-unlocks').getByRole('listitem')).toHaveCount(5);
  await expect(page.getByTestId('failed-unlocks')).toContainText('5번째 연속');
  const refused = page.getByTestId('refused-pairings');
  await expect(refused).toContainText(/마지막 페어링 이후 10번 연속, 마지막은 .+에 127\.0\.0\.1에서/);
  await expect(refused).toContainText('모든 주소의 페어링을 거부합니다');
  // The manager lifts the lockout to pair a counter now.
  await refused.getByRole('button', { name: '지금 페어링 허용' }).click();
  await expect(refused).toContainText('페어링을 다시 허용했습니다');
  await expect(refused).not.toContainText('모든 주소의 페어링을 거부합니다');

  // Someone on the LAN guesses the manager page's PIN until it locks; the manager lets it take PINs again.
  for (const pin of ['111222', '222333', '333444', '444555', '555666']) {
    const answer = await fetch(`${kiosk.lanBase}/api/manager/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin }) });
    expect(answer.status).toBe(401);
  }
  const refusedPins = page.getByTestId('refused-manager-page-pins');
  // The open screen re-reads its overview every 5 s.
  await expect(refusedPins).toContainText('관리자 페이지가 모든 PIN을 거부합니다', { timeout: 15_000 });
  await refusedPins.getByRole('button', { name: '지금 관리자 페이지 PIN 허용' }).click();
  await expect(refusedPins).toContainText('관리자 페이지가 다시 PIN을 받습니다');
  await expect(refusedPins).not.toContainText('관리자 페이지가 모든 PIN을 거부합니다');

  await page.getByRole('radio', { name: '직원' }).check();
  await page.getByLabel('새 PIN', { exact: true }).fill(CLERK_PIN);
  await page.getByLabel('새 PIN 다시 입력').fill('730585');
  await page.getByRole('button', { name: 'PIN 바꾸기' }).click();
  await expect(page.getByText('두 번 입력한 PIN이 다릅니다.')).toBeVisible();
  await page.getByLabel('새 PIN 다시 입력').fill(CLERK_PIN);
  await page.getByRole('button', { name: 'PIN 바꾸기' }).click();
  await expect(page.getByText('PIN을 바꿨습니다.')).toBeVisible();

  await page.getByRole('button', { name: '기록 보기' }).click();
  const log = page.getByTestId('audit-log');
  await expect(log.locator('tbody tr').first()).toHaveAttribute('data-action', 'pin-changed');
  await expect(log.locator('tr[data-action="unlock-failed"]')).toHaveCount(10);
  await expect(log.locator('tr[data-action="pairing-failed"]')).toHaveCount(10);
  await expect(log.locator('tr[data-action="pairing-lockout-lifted"]')).toHaveCount(1);
  await expect(log.locator('tr[data-action="manager-page-lockout-lifted"]')).toHaveCount(1);
  await expect(log.locator('tr[data-action="unlock"]')).toHaveCount(1);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV로 내보내기' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(',')[3]);
  expect(rows).toEqual(['action', ...Array(5).fill('unlock-failed'), ...Array(10).fill('pairing-failed'), 'unlock', 'pairing-lockout-lifted', ...Array(5).fill('unlock-failed'), 'manager-page-lockout-lifted', 'pin-changed']);
  expect(csv).not.toContain(CLERK_PIN);

  // The logs go to the USB stick main's folder picker chose; cancelling the picker saves nothing.
  const saveLogs = page.getByRole('button', { name: '기록 파일(로그)을 USB 메모리에 저장' });
  await saveLogs.click();
  await expect(page.getByText('폴더를 고르지 않아 저장하지 않았습니다.')).toBeVisible();
  const stick = mkdtempSync(join(tmpdir(), 'sunbeon-usb-'));
  try {
    kiosk.folderPicker!.answer = stick;
    await saveLogs.click();
    await expect(page.getByText(/^로그 파일 \d+개와 목록을 .+에 저장했습니다\.$/)).toBeVisible();
    expect(kiosk.folderPicker!.asked).toBe(2);
    const [bundle] = readdirSync(stick);
    const manifest = JSON.parse(readFileSync(join(stick, bundle!, 'manifest.json'), 'utf8')) as { files: Array<{ name: string }> };
    expect(manifest.files.length).toBeGreaterThan(0);
    expect(readdirSync(join(stick, bundle!)).sort()).toEqual(['manifest.json', ...manifest.files.map((f) => f.name)].sort());
    await expect(page.getByText(`로그 파일 ${manifest.files.length}개와 목록을 ${join(stick, bundle!)}에 저장했습니다.`)).toBeVisible();
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }

  // The clerk sees the desk but not the LAN switch nor the log.
  await page.getByRole('button', { name: '잠그기' }).click();
  await enterStaffPin(page, CLERK_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  await expect(page.getByRole('button', { name: /LAN 서버/ })).toBeDisabled();
  await page.getByRole('button', { name: '보안·기록' }).click();
  await expect(page.getByRole('button', { name: '기록 보기' })).toHaveCount(0);
  await expectAccessible(page);
});
