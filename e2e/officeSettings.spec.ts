import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { KioskApi } from '../shared/ipc/contract';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { startKioskBridge } from './bridge/kioskBridge';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen } from './kioskSteps';

// A Tuesday, 10:00 in Seoul.
test.use({ startAt: '2026-11-24T01:00:00Z' });
// Several saves, each checked on screen, in the queue and on the board.
test.setTimeout(240_000);

/** Issues a paper ticket through the kiosk's own IPC (the resident screens are covered elsewhere); answers its number or the failure code. */
async function takeTicket(page: Page, serviceId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const answer = await (window as unknown as { sunbeon: KioskApi }).sunbeon.issueTicket({ serviceId: id, kind: 'paper', language: 'ko' });
    return answer.ok ? answer.value.ticket.displayNumber : answer.error.code;
  }, serviceId);
}

async function openSettings(page: Page): Promise<void> {
  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  await page.getByRole('button', { name: '설정', exact: true }).click();
  await expect(page.getByTestId('settings-services')).toBeVisible();
}

for (const viewport of [
  { name: 'portrait 1080×1920', width: 1080, height: 1920 },
  { name: 'landscape 1920×1080', width: 1920, height: 1080 },
]) {
  test.describe(`office settings, ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a block and cap edited mid-day with tickets waiting give no number twice; a removed service asks about its line; the board follows; a version is restored', async ({ kiosk }) => {
      const { page } = kiosk;
      const board = await kiosk.openBrowserPage({ width: 1920, height: 1080 });
      await board.goto(`${kiosk.lanBase}/board`);
      await expect(board.getByTestId('board-queues')).toContainText('여권');

      const before = [await takeTicket(page, 'passport'), await takeTicket(page, 'passport'), await takeTicket(page, 'passport'), await takeTicket(page, 'family-relations')];
      expect(before).toEqual(['4001', '4002', '4003', '2001']);

      await openSettings(page);
      // The frame stays on screen: the lock is always in reach, whatever the form's length.
      await expect(page.getByRole('button', { name: '잠그기' })).toBeInViewport();
      await expect(page.getByTestId('settings-service-passport')).toContainText('지금 3명 대기');
      await expectAccessible(page);

      const passport = page.getByTestId('settings-service-passport');
      // A block whose every number already went out today is refused, with the reason beside the field.
      await passport.getByLabel('번호 끝').fill('4003');
      await page.getByRole('button', { name: '설정 저장' }).click();
      await expect(passport.getByText('이 범위의 번호는 오늘 이미 모두 나갔습니다(4001–4003). 범위를 넓히세요.')).toBeVisible();
      await expect(passport.getByLabel('번호 끝')).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page);

      await passport.getByLabel('번호 시작').fill('4500');
      await passport.getByLabel('번호 끝').fill('4999');
      await passport.getByLabel('하루 최대 발급 수').fill('5');
      await passport.getByLabel('업무 이름(한국어)').fill('여권 발급');
      await page.getByRole('button', { name: '설정 저장' }).click();
      await expect(page.getByTestId('settings-message')).toHaveText('저장했습니다(설정 2번). 다시 시작하지 않아도 바로 적용됩니다.');
      // The board reloads on its own: no restart, no refresh.
      await expect(board.getByTestId('board-queues')).toContainText('여권 발급');

      expect([await takeTicket(page, 'passport'), await takeTicket(page, 'passport'), await takeTicket(page, 'passport')]).toEqual(['4500', '4501', 'SERVICE_CLOSED']);

      // Removing a service with someone waiting asks what happens to them.
      await page.getByRole('button', { name: '가족관계 증명 삭제' }).click();
      await page.getByRole('button', { name: '설정 저장' }).click();
      const decisions = page.getByTestId('waiting-decisions');
      await expect(decisions).toContainText('가족관계 증명: 1명 대기 중');
      await expectAccessible(page);
      await decisions.getByRole('radio', { name: /다른 업무 줄로 옮기기/ }).check();
      await decisions.getByLabel('옮길 업무').selectOption({ label: '주민등록 등·초본' });
      await decisions.getByRole('button', { name: '이대로 저장' }).click();
      await expect(page.getByTestId('settings-message')).toHaveText('저장했습니다(설정 3번). 기다리던 1명을 옮겼습니다. 바로 적용됩니다.');
      await expect(page.getByTestId('settings-service-resident-registration')).toContainText('지금 1명 대기');
      expect(await takeTicket(page, 'family-relations')).toBe('UNKNOWN_SERVICE');

      const versions = page.getByTestId('settings-versions');
      await expect(versions.locator('tbody tr')).toHaveCount(3);
      await versions.getByRole('button', { name: '1번으로 되돌리기' }).click();
      await expect(page.getByTestId('settings-message')).toHaveText('저장했습니다(설정 4번). 다시 시작하지 않아도 바로 적용됩니다.');
      await expect(versions.locator('tbody tr').first()).toContainText('1번으로 되돌림');
      await expect(page.getByTestId('settings-service-passport').getByLabel('번호 시작')).toHaveValue('4001');
      await expect(board.getByTestId('board-queues')).toContainText('가족관계 증명');
      // Back in the first block, numbering goes on after every passport number given today.
      expect(await takeTicket(page, 'passport')).toBe('4502');
      await expect(page.getByRole('button', { name: '잠그기' })).toBeInViewport();
      await expectAccessible(page);
    });
  });
}

test('settings exported from one kiosk are imported by a second one on a fresh data folder; a changed file is refused', async ({ kiosk }) => {
  const { page } = kiosk;
  await openSettings(page);
  await page.getByTestId('settings-service-passport').getByLabel('하루 최대 발급 수').fill('77');
  await page.getByRole('button', { name: '설정 저장' }).click();
  await expect(page.getByTestId('settings-message')).toContainText('설정 2번');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '설정 파일로 내보내기' }).click()]);
  const file = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toBe('sunbeon-settings-2026-11-24.json');
  expect(file).toContain('"dailyCap": 77');

  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-second-kiosk-'));
  const second = await startKioskBridge({ dataDir, printerPort: kiosk.printer.port, demo: true });
  try {
    const secondPage = await kiosk.openBrowserPage({ width: 1080, height: 1920 });
    await second.attach(secondPage);
    await secondPage.goto(second.url);
    await openSettings(secondPage);
    const importFile = secondPage.getByTestId('settings-import-file');

    await importFile.setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"dailyCap": 77', '"dailyCap": 999')) });
    await expect(secondPage.getByTestId('settings-message')).toHaveText('내보낸 뒤 내용이 바뀌었거나 손상된 파일이라 가져오지 않았습니다. 다시 내보내 주세요.');
    await importFile.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(secondPage.getByTestId('settings-message')).toHaveText(/순번 설정 파일이 아닙니다/);
    await expect(secondPage.getByTestId('settings-service-passport').getByLabel('하루 최대 발급 수')).toHaveValue('300');
    await expectAccessible(secondPage);

    await importFile.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(secondPage.getByTestId('settings-message')).toContainText('설정 2번');
    await expect(secondPage.getByTestId('settings-service-passport').getByLabel('하루 최대 발급 수')).toHaveValue('77');
    await expect(secondPage.getByTestId('settings-versions').locator('tbody tr').first()).toContainText('파일에서 가져옴');
  } finally {
    await second.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the consent wording and the boards’ sound are set on screen, saved as a version and served to the boards at once', async ({ kiosk }) => {
  const { page } = kiosk;
  await openSettings(page);
  const consent = page.getByTestId('settings-consent');
  await consent.getByLabel('기관 문구 사용').check();
  await expect(consent.getByLabel('이용 목적(한국어)')).toHaveValue('순번 알림 메시지 발송 (카카오톡 또는 문자)');
  await consent.getByLabel('이용 목적(한국어)').fill('순번 알림 발송(순번구청 민원과)');
  await consent.getByLabel('보유 기간(한국어)').fill('');
  const board = page.getByTestId('settings-board');
  await board.getByLabel('호출할 때 안내 화면에서 소리(차임과 음성) 내기').uncheck();
  await board.getByLabel('음량(%)').fill('140');
  await page.getByRole('button', { name: '설정 저장' }).click();
  // Each refusal beside its field, in the screen's language.
  await expect(board).toContainText('100 이하여야 합니다.');
  await expect(consent).toContainText('입력하세요.');
  await expectAccessible(page);

  await board.getByLabel('음량(%)').fill('40');
  await consent.getByLabel('보유 기간(한국어)').fill('당일 업무 종료 시 파기');
  await page.getByRole('button', { name: '설정 저장' }).click();
  await expect(page.getByTestId('settings-message')).toContainText('설정 2번');
  const state = (await (await page.request.get(`${kiosk.lanBase}/api/board/state`)).json()) as { sound: unknown };
  expect(state.sound).toEqual({ on: false, volumePercent: 40 });
  const office = await page.evaluate(async () => (await (window as unknown as { sunbeon: KioskApi }).sunbeon.getOffice({})));
  expect(office).toMatchObject({ ok: true, value: { consentText: { purpose: { ko: '순번 알림 발송(순번구청 민원과)' }, retention: { ko: '당일 업무 종료 시 파기' } } } });
});

test('the printer is changed on screen while the kiosk runs: a wrong address is refused beside the field, the test print and the next ticket come out of the new printer', async ({ kiosk }) => {
  const { page } = kiosk;
  const replacement = await startVirtualPrinter({ port: 0 });
  try {
    await openSettings(page);
    const printer = page.getByTestId('printer-settings');
    await expect(printer.getByLabel('프린터 주소')).toHaveValue(`tcp://127.0.0.1:${kiosk.printer.port}`);
    await expect(printer.getByTestId('printer-settings-status')).toHaveText('지금 상태: 프린터가 준비되었습니다.');

    await printer.getByLabel('프린터 주소').fill('192.168.0.50');
    await printer.getByRole('button', { name: '프린터 바꾸기' }).click();
    await expect(printer.getByText(/프린터 주소는 tcp:\/\/주소:포트/)).toBeVisible();
    await expect(printer.getByLabel('프린터 주소')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await printer.getByLabel('프린터 주소').fill(`tcp://127.0.0.1:${replacement.port}`);
    await printer.getByLabel('용지 폭').selectOption({ label: '58mm' });
    await printer.getByRole('button', { name: '프린터 바꾸기' }).click();
    await expect(printer.getByTestId('printer-settings-status')).toHaveText(/^프린터를 바꿨습니다\..* 지금 상태: 프린터가 준비되었습니다\.$/);
    await printer.getByRole('button', { name: '시험 인쇄' }).click();
    await expect(printer.getByTestId('test-print-result')).toContainText('시험 인쇄가 나왔습니다');
    expect(replacement.copiesOf('순번 시험 인쇄')).toBe(1);
    expect(kiosk.printer.copiesOf('순번 시험 인쇄')).toBe(0);

    const number = await takeTicket(page, 'passport');
    expect(replacement.copiesOf(number)).toBe(1);
    expect(kiosk.printer.copiesOf(number)).toBe(0);

    await page.getByRole('button', { name: '보안·기록', exact: true }).click();
    await page.getByRole('button', { name: '기록 보기' }).click();
    await expect(page.getByTestId('audit-log')).toContainText('프린터 변경');
  } finally {
    await replacement.stop();
  }
});
