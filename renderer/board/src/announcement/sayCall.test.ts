import { describe, expect, it } from 'vitest';
import { createLanI18n } from '../../../lanShared/i18n/createLanI18n';
import { boardMessages } from '../i18n/boardMessages';
import type { Announcement } from './announcement';
import { sayCall, type CallVoice } from './sayCall';

const t = createLanI18n('board', boardMessages).getFixedT(null, 'board');

/** Records what was said, in order; each part finishes a moment later, as a voice would. */
function recordingVoice(): { voice: CallVoice; said: string[] } {
  const said: string[] = [];
  const after = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
  return {
    said,
    voice: {
      play: async (clips, volume) => {
        said.push(`clips ko ${volume}: ${clips.join(' ')}`);
        await after();
      },
      speak: async (text, tag, volume) => {
        said.push(`voice ${tag} ${volume}: ${text}`);
        await after();
      },
    },
  };
}

const call = (language: Announcement['language']): Announcement => ({ eventId: 7, kind: 'call', displayNumber: '1001', counterNumber: 3, language });
const koreanClips = 'clips ko 0.5: cheon il beon-gogaengnim sam beon-changguro-osipsio';

describe('saying a call on the board', () => {
  it('says a Korean ticket in Korean only', async () => {
    const { voice, said } = recordingVoice();
    await sayCall(call('ko'), voice, 0.5, t);
    expect(said).toEqual([koreanClips]);
  });

  it.each([
    ['zh', 'voice zh-CN 0.5: 请一千零一号到三号窗口。'],
    ['vi', 'voice vi-VN 0.5: Mời số một nghìn không trăm linh một đến quầy số ba.'],
    ['en', 'voice en-GB 0.5: Number one thousand and one, please come to counter three.'],
  ] as const)('says a %s ticket in Korean first, then in its own language, numbers in words', async (language, second) => {
    const { voice, said } = recordingVoice();
    await sayCall(call(language), voice, 0.5, t);
    expect(said).toEqual([koreanClips, second]);
  });

  it('starts the second language only once the Korean has finished', async () => {
    const order: string[] = [];
    let finishKorean = () => {};
    const voice: CallVoice = {
      play: () => new Promise((resolve) => (finishKorean = () => (order.push('korean done'), resolve()))),
      speak: async () => void order.push('vietnamese'),
    };
    const saying = sayCall(call('vi'), voice, 1, t);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    finishKorean();
    await saying;
    expect(order).toEqual(['korean done', 'vietnamese']);
  });
});
