import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, pairingCodeFromStaffScreen, screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'the board is a LAN page in a browser; the bridge run covers it');

/**
 * Records what the board page really sends to the speakers, in order: each recorded Korean clip as
 * it is scheduled (its file's name) and each sentence handed to the system voice ("lang text").
 * The sound still plays; only its name is noted on the way.
 */
async function recordSound(board: Page): Promise<() => Promise<string[]>> {
  await board.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const urlOf = new WeakMap<object, string>();
    const fetchFirst = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await fetchFirst(input, init);
      const read = response.arrayBuffer.bind(response);
      response.arrayBuffer = async () => {
        const bytes = await read();
        urlOf.set(bytes, response.url);
        return bytes;
      };
      return response;
    };
    const decode = BaseAudioContext.prototype.decodeAudioData;
    BaseAudioContext.prototype.decodeAudioData = async function (this: BaseAudioContext, bytes: ArrayBuffer) {
      const url = urlOf.get(bytes);
      const buffer = await decode.call(this, bytes);
      if (url) urlOf.set(buffer, url);
      return buffer;
    };
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
      const url = this.buffer ? urlOf.get(this.buffer) : undefined;
      // A built clip is named <word>-<8-character hash>.wav.
      if (url) heard.push(`clip ${url.replace(/^.*\/(.+)-[\w-]{8}\.wav$/, '$1')}`);
      return start.apply(this, args);
    };
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (utterance) => {
      heard.push(`speak ${utterance.lang} ${utterance.text}`);
      speak(utterance);
    };
  });
  return () => board.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

async function takeTicketIn(page: Page, language: { button: string; service: RegExp; finish: string }): Promise<void> {
  await page.getByRole('button', { name: language.button, exact: true }).click();
  await page.getByRole('button', { name: language.service }).click();
  await expect(screen(page, 'done')).toBeVisible();
  await page.getByRole('button', { name: language.finish, exact: true }).click();
  await expect(screen(page, 'start')).toBeVisible();
}

const koreanCall = (numberClips: string[]) => [...numberClips.map((clip) => `clip ${clip}`), 'clip beon-gogaengnim', 'clip il', 'clip beon-changguro-osipsio'];

test('a Chinese and a Vietnamese ticket called: the board shows the line in that language and says it in Korean, then in it', async ({ kiosk }) => {
  const { page, lanBase, openBrowserPage } = kiosk;
  await takeTicketIn(page, { button: '中文', service: /居民登记誊本·抄本/, finish: '完成' });
  await takeTicketIn(page, { button: 'Tiếng Việt', service: /Bản sao đăng ký cư trú/, finish: 'Xong' });

  const board = await openBrowserPage({ width: 1920, height: 1080 });
  const heard = await recordSound(board);
  await board.goto(`${lanBase}/board`);
  await expect(board.getByTestId('board-queues')).toContainText('주민등록 등·초본');

  const counter = await openBrowserPage({ width: 1366, height: 768 });
  await counter.goto(`${lanBase}/counter`);
  await counter.getByTestId('pairing-code').fill(await pairingCodeFromStaffScreen(page, 1));
  await counter.getByTestId('pairing-submit').click();
  await counter.getByTestId('state-open').click();
  await expect(counter.getByTestId('state-open')).toHaveAttribute('aria-pressed', 'true');

  // 1001, taken in Chinese.
  await counter.getByTestId('action-call-next').click();
  await expect(counter.getByTestId('current-number')).toHaveText('1001');
  const spotlight = board.getByTestId('spotlight');
  await expect(spotlight.locator('[lang="zh"]')).toHaveText('1号窗口');
  await expect(board.getByTestId('call-announcement').locator('[lang="zh"]')).toHaveText('请1001号到1号窗口。');
  await expectAccessible(board);
  const chineseCall = [...koreanCall(['cheon', 'il']), 'speak zh-CN 请一千零一号到一号窗口。'];
  await expect.poll(heard, { timeout: 15_000 }).toEqual(chineseCall);

  // 1002, taken in Vietnamese: called once the first call has had its turn.
  await expect(spotlight).toHaveCount(0, { timeout: 15_000 });
  await counter.getByTestId('action-complete').click();
  await expect(counter.getByTestId('action-call-next')).toHaveAttribute('aria-disabled', 'false');
  await counter.getByTestId('action-call-next').click();
  await expect(counter.getByTestId('current-number')).toHaveText('1002');
  await expect(spotlight.locator('[lang="vi"]')).toHaveText('Quầy số 1');
  await expect(board.getByTestId('call-announcement').locator('[lang="vi"]')).toHaveText('Mời số 1002 đến quầy số 1.');
  await expect.poll(heard, { timeout: 15_000 }).toEqual([
    ...chineseCall,
    ...koreanCall(['cheon', 'i']),
    'speak vi-VN Mời số một nghìn không trăm linh hai đến quầy số một.',
  ]);
});
