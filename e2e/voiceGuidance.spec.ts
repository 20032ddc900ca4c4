import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { demoOffice } from '../electron/services/office/demoOffice';
import { typicalOfficeHours } from '../shared/officeHours';
import { arrowTo, enterStaffPin, focused, pressByArrows, screen } from './kioskSteps';
import { recordSpeech, startSaid, type VoiceLog } from './speechLog';
import { withOfflineMobileKiosk } from './offlineMobileKiosk';

test.skip(({ transport }) => transport === 'electron', 'speech is recorded through the page; the bridge run covers it');

const lastVolume = (page: Page) => page.evaluate(() => (window as unknown as { voiceLog: VoiceLog }).voiceLog.volumes.at(-1));

/**
 * Whether every say cut off whatever was still being said: each run of calls starts with cancel, and
 * a speak follows only a cancel or a speak of its own run (the say's earlier parts).
 */
const eachSayInterruptsTheLast = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { voiceLog: VoiceLog }).voiceLog.calls.every(({ call, run }, at, calls) => {
      const before = calls[at - 1];
      return before?.run === run || call === 'cancel';
    }),
  );

test('a paper ticket by keypad alone in voice mode: silent until asked, then every screen said in order, repeatable and slower', async ({ kiosk }) => {
  const { page } = kiosk;
  const spoken = await recordSpeech(page);
  const lastSaid = async () => (await spoken()).at(-1) ?? '';
  await expect(screen(page, 'start')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'chooseService')).toBeVisible();
  expect(await spoken()).toEqual([]);
  // A service's spoken line is composed only once the voice is on.
  const firstService = page.locator('[data-service-id]').first();
  await expect(firstService).not.toHaveAttribute('data-voice');

  await page.keyboard.press('F1');
  await expect(page.getByRole('button', { name: '음성 안내', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(firstService).toHaveAttribute('data-voice', /^일번, 주민등록 등·초본\. 기다리는 분 없음/);
  // The services with their waits, in words.
  await expect.poll(lastSaid).toMatch(/^ko-KR\|1\|음성 안내 켜짐\. 원하시는 업무를 고르세요\. 일번, 주민등록 등·초본\. 기다리는 분 없음, 예상 대기 /);
  // Help again: said again.
  await page.keyboard.press('F1');
  await expect.poll(spoken).toHaveLength(2);
  // Slower: said again at the slower rate.
  await page.keyboard.press('F2');
  await expect.poll(lastSaid).toMatch(/^ko-KR\|0\.8\|원하시는 업무를 고르세요/);
  expect(await lastVolume(page)).toBe(1);
  // Softer, then louder again: said again at each volume.
  await page.keyboard.press('-');
  await expect.poll(() => lastVolume(page)).toBe(0.8);
  await page.keyboard.press('+');
  await expect.poll(() => lastVolume(page)).toBe(1);

  // OK lands on the first service, OK again prints it (a paper-only office has no ticket type to choose).
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'done')).toBeVisible();
  const doneSaid =
    'ko-KR|0.8|번호표를 가져가세요. 번호표 번호 천일번. 앞에 기다리는 분이 없습니다. 예상 대기 시간 알 수 없음. ' +
    '대기석에서 기다리시다가, 전광판에 번호가 나오고 호출 안내가 들리면 안내하는 창구로 가세요.';
  await expect.poll(lastSaid).toBe(doneSaid);
  // The whole sequence; the printer check and the print may pass too quickly to be said, so only they may be missing.
  const passing = /^ko-KR\|0\.8\|(프린터를 확인하고 있습니다|번호표를 출력하고 있습니다)\.$/;
  const sequence = (await spoken()).filter((phrase) => !passing.test(phrase)).map((phrase) => phrase.replace(/^(ko-KR\|[\d.]+\|\S+ \S+).*$/s, '$1'));
  // OK's focus on the first service is said, its wait in words: the keypad's feedback.
  const chooseAService = 'ko-KR|0.8|원하시는 업무를';
  expect(sequence).toEqual(['ko-KR|1|음성 안내', 'ko-KR|1|원하시는 업무를', chooseAService, chooseAService, chooseAService, 'ko-KR|0.8|일번, 주민등록', 'ko-KR|0.8|번호표를 가져가세요.']);
  expect(await spoken()).toContain('ko-KR|0.8|일번, 주민등록 등·초본. 기다리는 분 없음, 예상 대기 알 수 없음.');
  expect(await eachSayInterruptsTheLast(page)).toBe(true);
  // The touch screen's 다시 듣기 does what the help key does.
  const saidBefore = (await spoken()).length;
  await page.getByRole('button', { name: '다시 듣기' }).click();
  // A touch focuses it too, but only what the tap does is said: the screen again, not the name it would cut off.
  await expect.poll(async () => (await spoken()).slice(saidBefore)).toEqual([doneSaid]);

  // The next resident starts without voice, at the usual rate (back, since the tap left the focus on 다시 듣기).
  await page.keyboard.press('Escape');
  await expect(screen(page, 'start')).toBeVisible();
  await expect(page.getByRole('button', { name: /음성 안내/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: /다시 듣기/ })).toHaveCount(0);
  await page.keyboard.press('F1');
  await expect.poll(async () => (await spoken()).slice(-startSaid.length)).toEqual(startSaid);
  // Five parts, one say: its parts follow each other, and it cut off what came before.
  expect(await eachSayInterruptsTheLast(page)).toBe(true);
  // A speak that cuts nothing off is caught.
  await page.evaluate(() => window.speechSynthesis.speak(new SpeechSynthesisUtterance('.')));
  expect(await eachSayInterruptsTheLast(page)).toBe(false);
});

test('a mobile ticket by keypad alone in voice mode: the phone digits are spoken only into earphones', async ({ browser }) => {
  await withOfflineMobileKiosk(browser, { viewport: { width: 1080, height: 1920 } }, async (page) => {
    const spoken = await recordSpeech(page);
    const lastSaid = async () => (await spoken()).at(-1) ?? '';
    // Made up: 010-0000-4321 is no subscriber's number; its last four, said aloud, are 사삼이일.
    const lastFourSaid = '사삼이일';
    await expect(screen(page, 'start')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(screen(page, 'chooseService')).toBeVisible();
    await page.keyboard.press('F1');
    await pressByArrows(page, /여권/);
    await expect(page.getByRole('button', { name: '종이로 받기' })).toBeEnabled();
    await expect.poll(lastSaid).toBe('ko-KR|1|번호표 받는 방법을 고르세요. 종이로 받기: 종이 번호표를 출력합니다. 휴대폰으로 받기: 카카오톡(또는 문자)으로 순서를 알려 드립니다.');
    await pressByArrows(page, '휴대폰으로 받기');
    await expect(screen(page, 'mobileConsent')).toBeVisible();
    await expect(page.getByText('스피커로는 읽지 않습니다')).toBeVisible();
    await expect.poll(lastSaid).toContain('보유 기간');
    await expect.poll(lastSaid).toContain('이어폰을 꽂았을 때만 소리로 읽어 드립니다');
    await page.keyboard.press('Enter');
    await expect(screen(page, 'phoneEntry')).toBeVisible();

    // Through the speaker: only how many digits.
    for (const digit of '010') await page.keyboard.press(digit);
    await expect.poll(lastSaid).toBe('ko-KR|1|세 자리 입력했습니다.');
    // The on-screen digit the focus lands on is not said either.
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).toHaveText('1');
    expect(await lastSaid()).toBe('ko-KR|1|세 자리 입력했습니다.');
    const speaker = [await spoken()];
    // Earphones in (the keypad's jack sends F7): the digits themselves, privately, the focused key's too.
    await page.keyboard.press('F7');
    await expect.poll(lastSaid).toBe('ko-KR|1|입력한 번호: 공일공.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(lastSaid).toBe('ko-KR|1|4');
    for (const digit of '00004321') await page.keyboard.press(digit);
    await expect.poll(lastSaid).toBe(`ko-KR|1|입력한 번호: 공일공, 공공공공, ${lastFourSaid}.`);
    // Out again: back to counting.
    await page.keyboard.press('F8');
    await expect.poll(lastSaid).toBe('ko-KR|1|열한 자리 입력했습니다.');
    const unplugged = (await spoken()).length - 1;
    await pressByArrows(page, '다음');

    await expect(screen(page, 'mobileConfirm')).toBeVisible();
    await expect.poll(lastSaid).toContain('스피커로는 읽지 않습니다');
    speaker.push((await spoken()).slice(unplugged));
    await page.keyboard.press('F7');
    await expect.poll(lastSaid).toContain(`입력한 번호는 공일공, 공공공공, ${lastFourSaid}입니다.`);
    await page.keyboard.press('Enter');
    await expect(screen(page, 'mobileDone')).toBeVisible();
    await expect.poll(lastSaid).toMatch(/휴대폰 번호표가 발급되었습니다\. 번호표 번호 사천일번\. 앞에 기다리는 분이 없습니다\./);

    // Nothing said while the speaker was the way out held a digit of the number.
    const throughSpeaker = speaker.flat().map((phrase) => phrase.split('|')[2]).join(' ');
    expect(throughSpeaker).toContain('열한 자리 입력했습니다');
    expect(throughSpeaker).not.toMatch(/공일공|사삼이일|\d/);
  });
});

test('printer problems said aloud in a paper-only office: none printable, then a print that may not have come out, then one that did not', async ({ kiosk }) => {
  const { page, printer } = kiosk;
  const spoken = await recordSpeech(page);
  const lastSaid = async () => (await spoken()).at(-1) ?? '';
  const firstServiceInVoiceMode = async () => {
    await expect(screen(page, 'start')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(screen(page, 'chooseService')).toBeVisible();
    await page.keyboard.press('F1');
    await expect.poll(lastSaid).toMatch(/^ko-KR\|1\|음성 안내 켜짐\. 원하시는 업무를 고르세요/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  };

  // No paper at the check: nothing issued, and what to do.
  printer.setFault('paper-out');
  await firstServiceInVoiceMode();
  await expect(page.getByRole('heading', { name: '지금은 종이 번호표를 출력할 수 없습니다' })).toBeVisible();
  await expect.poll(lastSaid).toBe('ko-KR|1|지금은 종이 번호표를 출력할 수 없습니다. 프린터 용지가 떨어졌습니다. 직원에게 알려 주세요.');
  await page.keyboard.press('Escape');

  // The connection drops mid-print: the resident is asked, with both answers named.
  printer.setFault('drop-mid-print');
  await firstServiceInVoiceMode();
  await expect(screen(page, 'printUncertain')).toBeVisible();
  await expect.poll(lastSaid).toBe(
    'ko-KR|1|번호표가 나왔나요? 번호표 번호 천일번. 출력 중에 프린터 연결이 끊겨 번호표가 나왔는지 알 수 없습니다. 출력구를 확인해 주세요. ' +
      '“네, 나왔습니다” 또는 “아니요, 안 나왔습니다” 중에서 고르세요.',
  );
  printer.setFault(null);
  await pressByArrows(page, '아니요, 안 나왔습니다');
  await expect(screen(page, 'printFailed')).toBeVisible();
  await expect.poll(lastSaid).toBe(
    'ko-KR|1|번호표를 출력하지 못했습니다. 프린터 연결이 끊겼습니다. 번호표 번호 천일번. 번호는 발급되었습니다. 직원에게 이 번호를 알려 주세요. ' +
      '“다시 출력” 또는 “취소” 중에서 고르세요.',
  );
});

test('a printer that fails after the check, in an office that also offers mobile tickets: the error screen says it, and the next resident hears the way on by phone', async ({ browser }) => {
  await withOfflineMobileKiosk(browser, { viewport: { width: 1080, height: 1920 } }, async (page, printer) => {
    const spoken = await recordSpeech(page);
    const lastSaid = async () => (await spoken()).at(-1) ?? '';
    const passportInVoiceMode = async () => {
      await expect(screen(page, 'start')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(screen(page, 'chooseService')).toBeVisible();
      await page.keyboard.press('F1');
      await pressByArrows(page, /여권/);
    };

    await passportInVoiceMode();
    await expect(page.getByRole('button', { name: '종이로 받기' })).toBeEnabled();
    // The cover opens between the check and the resident's choice: the print itself is refused.
    printer.setFault('cover-open');
    await pressByArrows(page, '종이로 받기');
    await expect(page.getByTestId('error-printer')).toHaveAttribute('data-printer-problem', 'cover-open');
    await expect.poll(lastSaid).toBe('ko-KR|1|번호표가 발급되지 않았습니다. 프린터 덮개가 열려 있습니다. 직원에게 알려 주세요.');
    expect(printer.jobs).toHaveLength(0);
    await page.keyboard.press('Escape');

    // Still open at the next check: paper is out of the question, the phone is not.
    await passportInVoiceMode();
    await expect.poll(lastSaid).toBe('ko-KR|1|번호표 받는 방법을 고르세요. 프린터 덮개가 열려 있습니다. 휴대폰으로는 번호표를 받으실 수 있습니다.');
    await expect(page.getByRole('button', { name: '종이로 받기' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '휴대폰으로 받기' })).toBeEnabled();
  });
});

test('the idle warning mid-entry is said aloud; "more time" or any key keeps the typed digits; left alone, the next resident starts silent', async ({ browser }) => {
  await withOfflineMobileKiosk(browser, { viewport: { width: 1080, height: 1920 } }, async (page) => {
    const spoken = await recordSpeech(page);
    const lastSaid = async () => (await spoken()).at(-1) ?? '';
    // The page's timers on a clock the test moves: the warning comes 40 s into a 60 s wait.
    await page.clock.install();
    await expect(screen(page, 'start')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(screen(page, 'chooseService')).toBeVisible();
    await page.keyboard.press('F1');
    await pressByArrows(page, /여권/);
    await pressByArrows(page, '휴대폰으로 받기');
    await page.keyboard.press('Enter');
    await expect(screen(page, 'phoneEntry')).toBeVisible();
    for (const digit of '010') await page.keyboard.press(digit);
    await expect(page.getByTestId('phone-display')).toHaveText('010');

    const idleAlert = 'ko-KR|1|곧 처음 화면으로 돌아갑니다. 계속 쓰시려면 화면이나 아무 키나 누르세요.';
    await page.clock.fastForward(40_000);
    await expect(page.getByTestId('idle-warning')).toContainText('20초 뒤 처음 화면으로 돌아갑니다');
    await expect.poll(lastSaid).toBe(idleAlert);
    await page.getByRole('button', { name: '시간 더 쓰기' }).click();
    await expect(page.getByTestId('idle-warning')).toHaveCount(0);
    await expect(page.getByTestId('phone-display')).toHaveText('010');

    // Any key extends too, and still types.
    await page.clock.fastForward(40_000);
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await page.keyboard.press('0');
    await expect(page.getByTestId('idle-warning')).toHaveCount(0);
    await expect(page.getByTestId('phone-display')).toHaveText('010-0');
    expect((await spoken()).filter((phrase) => phrase === idleAlert)).toHaveLength(2);

    // Left alone: back to start, the voice off for the next resident.
    await page.clock.fastForward(60_000);
    await expect(screen(page, 'start')).toBeVisible();
    await expect(page.getByRole('button', { name: '음성 안내' })).toHaveAttribute('aria-pressed', 'false');
  });
});

test('each mode is said as it flips, the chosen language is heard in its own voice, and the next resident starts with none of it', async ({ kiosk }) => {
  const { page } = kiosk;
  const spoken = await recordSpeech(page);
  const lastSaid = async () => (await spoken()).at(-1) ?? '';
  const flip = (name: RegExp) => page.getByRole('button', { name }).click();
  await expect(screen(page, 'start')).toBeVisible();

  await flip(/음성 안내/);
  await expect.poll(spoken).toEqual(startSaid);
  await flip(/큰 글자/);
  await expect.poll(lastSaid).toBe('ko-KR|1|큰 글자 켜짐');
  await expect(page.locator('html')).toHaveClass(/large-text/);
  // A switch that is on shows a ✓ before its name, drawn only: its name stays the mode's, its state is aria-pressed.
  await expect(page.getByRole('button', { name: '큰 글자 Large text', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const tick = (name: RegExp) => page.getByRole('button', { name }).evaluate((button) => getComputedStyle(button, '::before').content);
  expect(await tick(/큰 글자/)).toContain('✓');
  expect(await tick(/고대비/)).not.toContain('✓');
  await flip(/고대비/);
  await expect.poll(lastSaid).toBe('ko-KR|1|고대비 켜짐');
  await flip(/낮은 화면/);
  await expect.poll(lastSaid).toBe('ko-KR|1|낮은 화면 켜짐');
  await flip(/큰 글자/);
  await expect.poll(lastSaid).toBe('ko-KR|1|큰 글자 꺼짐');
  // Each tap said what it did, not first the name of the switch it focused.
  expect((await spoken()).slice(startSaid.length)).toEqual(['ko-KR|1|큰 글자 켜짐', 'ko-KR|1|고대비 켜짐', 'ko-KR|1|낮은 화면 켜짐', 'ko-KR|1|큰 글자 꺼짐']);

  // By keypad, each language's button is named by its own voice, and a bilingual switch in two.
  await arrowTo(page, 'English');
  await expect.poll(lastSaid).toBe('en-GB|1|English');
  await arrowTo(page, '中文');
  await expect.poll(lastSaid).toBe('zh-CN|1|中文');
  await arrowTo(page, /^음성 안내/);
  await expect.poll(async () => (await spoken()).slice(-2)).toEqual(['ko-KR|1|음성 안내', 'en-GB|1|Voice guide']);

  // The language is chosen on the start screen too: the next screen is said in it.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  await expect.poll(lastSaid).toMatch(/^en-GB\|1\|Choose a service\. Key one: /);
  await flip(/High contrast/);
  await expect.poll(lastSaid).toBe('en-GB|1|High contrast off');
  await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
  // Turning the voice off is its last word; nothing more is said after it.
  await flip(/Voice guide/);
  await expect.poll(lastSaid).toBe('en-GB|1|Voice guide off');
  const saidBeforeSilence = (await spoken()).length;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // Back to start: every mode off, Korean again, and the voice, once asked for, speaks Korean.
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(screen(page, 'start')).toBeVisible();
  expect(await spoken()).toHaveLength(saidBeforeSilence);
  for (const mode of [/음성 안내/, /큰 글자/, /고대비/, /낮은 화면/]) {
    await expect(page.getByRole('button', { name: mode })).toHaveAttribute('aria-pressed', 'false');
  }
  await expect(page.locator('html')).not.toHaveClass(/large-text|high-contrast/);
  await expect(page.locator('.kiosk')).not.toHaveClass(/kiosk--low-position/);
  // Earphones plugged in turn the voice on too.
  await page.keyboard.press('F7');
  await expect.poll(async () => (await spoken()).slice(-startSaid.length)).toEqual(startSaid);
});

test('staff see, for each language the office offers, whether this computer has a voice to speak it', async ({ kiosk }) => {
  const { page } = kiosk;
  // The system's list, made known: one local Korean voice, and an English one that needs the network.
  await page.evaluate(() => {
    const voices = [
      { lang: 'ko-KR', localService: true, name: 'Test Korean (local)', default: true, voiceURI: 'test-ko' },
      { lang: 'en-GB', localService: false, name: 'Test English (online)', default: false, voiceURI: 'test-en' },
    ] as SpeechSynthesisVoice[];
    speechSynthesis.getVoices = () => voices;
  });
  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  const rows = page.getByTestId('voice-languages').locator('[data-language]');
  await expect(rows).toHaveCount(4);
  await page.evaluate(() => speechSynthesis.dispatchEvent(new Event('voiceschanged')));
  await expect(rows.and(page.locator('[data-language="ko"]'))).toContainText('Test Korean (local)');
  await expect(rows.and(page.locator('[data-language="ko"]'))).toHaveAttribute('data-voice-found', 'yes');
  // An online voice does not count: the kiosk speaks offline only.
  await expect(rows.and(page.locator('[data-language="en"]'))).toContainText('이 컴퓨터에 이 언어의 음성이 없습니다');
  await expect(rows.and(page.locator('[data-language="en"]'))).toHaveAttribute('data-voice-found', 'no');
});

test.describe('after hours', () => {
  // Weekdays 09:00–18:00; 2026-11-24 is a Tuesday: every service is closed.
  test.use({ office: { ...demoOffice, hours: typicalOfficeHours }, startAt: '2026-11-24T18:30:00+09:00' });

  test('a tapped service that is closed says its name and why, as nothing else follows the tap', async ({ kiosk }) => {
    const { page } = kiosk;
    const spoken = await recordSpeech(page);
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await expect(screen(page, 'chooseService')).toBeVisible();
    await page.keyboard.press('F1');
    await expect.poll(spoken).toHaveLength(1);
    const resident = page.getByRole('button', { name: /주민등록/ });
    await expect(resident).toHaveAttribute('aria-disabled', 'true');
    await resident.click({ force: true });
    await expect.poll(async () => (await spoken()).slice(1)).toEqual([expect.stringMatching(/^ko-KR\|1\|.*주민등록.*지금은 발급하지 않습니다/)]);
    await expect(screen(page, 'chooseService')).toBeVisible();
  });
});
