import type { TFunction } from 'i18next';
import { languageTags, type Language } from '../../../../shared/language';
import { numberInWords } from '../../../../shared/spokenNumbers';
import type { Announcement } from './announcement';
import { callClips, type ClipName } from './callClips';

/** What says a call aloud: the recorded Korean clips, and the system voice for the other languages. */
export type CallVoice = {
  play: (clips: readonly ClipName[], volume: number) => Promise<void>;
  speak: (text: string, languageTag: string, volume: number) => Promise<void>;
};

/** The call's sentence in `language`, numbers in words ("Mời số một nghìn không trăm linh một đến quầy số ba."). */
export function callSentence(call: Pick<Announcement, 'displayNumber' | 'counterNumber'>, language: Language, t: TFunction<'board'>): string {
  const number = call.displayNumber.replace(/\d+/g, (digits) => ` ${numberInWords(Number(digits), language)} `).replace(/\s+/g, ' ').trim();
  return t('call.sentence', { number, counter: numberInWords(call.counterNumber, language), lng: language });
}

/**
 * Says a call the way the hall expects it: in Korean first, for everyone, then once more in the
 * language the resident took the ticket in, when that is not Korean.
 */
export async function sayCall(call: Announcement, voice: CallVoice, volume: number, t: TFunction<'board'>): Promise<void> {
  await voice.play(callClips(call), volume);
  if (call.language !== 'ko') await voice.speak(callSentence(call, call.language, t), languageTags[call.language], volume);
}
