import { digitByDigitWords, sinoKoreanWords, type KoreanNumberWord } from './koreanNumber';

/** The recorded clips (assets/sounds/ko/<name>.wav), named by their romanized words. */
export const clipNames = [
  'yeong',
  'il',
  'i',
  'sam',
  'sa',
  'o',
  'yuk',
  'chil',
  'pal',
  'gu',
  'sip',
  'baek',
  'cheon',
  'man',
  'beon-gogaengnim',
  'beon-changguro-osipsio',
] as const;
export type ClipName = (typeof clipNames)[number];

const clipOfWord: Record<KoreanNumberWord, ClipName> = {
  영: 'yeong',
  일: 'il',
  이: 'i',
  삼: 'sam',
  사: 'sa',
  오: 'o',
  육: 'yuk',
  칠: 'chil',
  팔: 'pal',
  구: 'gu',
  십: 'sip',
  백: 'baek',
  천: 'cheon',
  만: 'man',
};

const clipsOf = (words: KoreanNumberWord[]): ClipName[] => words.map((word) => clipOfWord[word]);

/** A ticket number as printed: read as one number if it is all digits, else digit by digit. */
function ticketNumberClips(displayNumber: string): ClipName[] {
  if (/^\d{1,8}$/.test(displayNumber)) return clipsOf(sinoKoreanWords(Number(displayNumber)));
  return clipsOf(digitByDigitWords(displayNumber));
}

/** "1023번 고객님, 3번 창구로 오십시오" as the clips to play, in order. */
export function callClips(call: { displayNumber: string; counterNumber: number }): ClipName[] {
  return [...ticketNumberClips(call.displayNumber), 'beon-gogaengnim', ...clipsOf(sinoKoreanWords(call.counterNumber)), 'beon-changguro-osipsio'];
}
