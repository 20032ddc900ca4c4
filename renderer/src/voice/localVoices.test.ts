import { describe, expect, it } from 'vitest';
import { localVoiceFor } from './localVoices';

const voice = (name: string, lang: string, localService = true) => ({ name, lang, localService });

describe('the offline voice for a language', () => {
  const voices = [voice('Google 中文', 'zh-CN', false), voice('Microsoft Heami', 'ko-KR'), voice('Microsoft Huihui', 'zh-CN'), voice('espeak-ng English', 'en-GB')];

  it('is the first local voice whose tag starts with the language', () => {
    expect(localVoiceFor('zh', voices)?.name).toBe('Microsoft Huihui');
    expect(localVoiceFor('ko', voices)?.name).toBe('Microsoft Heami');
    expect(localVoiceFor('en', voices)?.name).toBe('espeak-ng English');
  });

  it('is missing where the computer has none, even with a network voice for it', () => {
    expect(localVoiceFor('vi', voices)).toBeUndefined();
    expect(localVoiceFor('zh', [voice('Google 中文', 'zh-CN', false)])).toBeUndefined();
  });
});
