import { expect, test } from './fixtures';
import { screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'speech is recorded through the page; the bridge run covers it');

test('voice guidance starts on the help key, follows each screen, and is silent until asked', async ({ kiosk }) => {
  const { page } = kiosk;
  // Record what the kiosk hands the system voice (the real speechSynthesis still receives it).
  await page.evaluate(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (utterance) => {
      spoken.push(`${utterance.lang}|${utterance.text}`);
      speak(utterance);
    };
  });
  const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  await expect(screen(page, 'start')).toBeVisible();
  await page.getByRole('button', { name: '한국어', exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  expect(await spoken()).toEqual([]);

  await page.keyboard.press('F1');
  await expect(page.getByRole('button', { name: '음성 안내' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(spoken).toEqual(['ko-KR|원하시는 업무를 고르세요']);
  // Help again: said again.
  await page.keyboard.press('F1');
  await expect.poll(spoken).toHaveLength(2);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '종이로 받기' })).toBeEnabled();
  await page.getByRole('button', { name: '종이로 받기' }).click();
  await expect(screen(page, 'done')).toBeVisible();
  await expect.poll(async () => (await spoken()).at(-1)).toBe('ko-KR|번호표를 가져가세요 번호표 번호 천일번');

  // The next resident starts without voice.
  await page.keyboard.press('Enter');
  await expect(screen(page, 'start')).toBeVisible();
  await expect(page.getByRole('button', { name: /음성 안내/ })).toHaveAttribute('aria-pressed', 'false');
});
