import type { Page } from '@playwright/test';

/** A speak or cancel call, and the run of calls it came in: the calls made in one go, before the page's code next waited. */
export type SpeechCall = { call: 'speak' | 'cancel'; run: number };
export type VoiceLog = { spoken: string[]; volumes: number[]; calls: SpeechCall[] };

/**
 * Records what the kiosk hands the system voice (the real speechSynthesis still receives it), as
 * "lang|rate|text", and the order of its speak and cancel calls, grouped in runs: one say (a
 * screen, a focused control) is a cancel and then a speak per part, all in one go, so a say of
 * several parts (the start screen names each language in its own voice) is one run.
 */
export async function recordSpeech(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: VoiceLog = { spoken: [], volumes: [], calls: [] };
    (window as unknown as { voiceLog: VoiceLog }).voiceLog = log;
    const synth = window.speechSynthesis;
    const [speak, cancel] = [synth.speak.bind(synth), synth.cancel.bind(synth)];
    let run = 0;
    let inRun = false;
    const note = (call: SpeechCall['call']) => {
      if (!inRun) {
        inRun = true;
        run += 1;
        // Runs only once the code making these calls has returned: its further calls join this run.
        queueMicrotask(() => (inRun = false));
      }
      log.calls.push({ call, run });
    };
    synth.speak = (utterance) => {
      log.spoken.push(`${utterance.lang}|${Math.round(utterance.rate * 100) / 100}|${utterance.text}`);
      log.volumes.push(Math.round(utterance.volume * 100) / 100);
      note('speak');
      speak(utterance);
    };
    synth.cancel = () => {
      note('cancel');
      cancel();
    };
  });
  return () => page.evaluate(() => (window as unknown as { voiceLog: VoiceLog }).voiceLog.spoken);
}

/** The start screen said once the voice is turned on there: the demo office's four languages, each named in its own voice. */
export const startSaid = [
  'ko-KR|1|음성 안내 켜짐. 번호표 발급. 화면을 누르면 시작합니다. 화살표 키로 고르고 확인 키를 누르세요. 도움말 키를 누르면 다시 들려 드립니다. 언어를 고르세요.',
  'ko-KR|1|한국어.',
  'en-GB|1|English.',
  'zh-CN|1|中文。',
  'vi-VN|1|Tiếng Việt.',
];
