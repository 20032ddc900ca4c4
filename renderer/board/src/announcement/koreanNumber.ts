export const digitWords = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
export const placeWords = ['십', '백', '천', '만'] as const;
export type KoreanNumberWord = (typeof digitWords)[number] | (typeof placeWords)[number];

const LARGEST = 99_999_999;
const placesBelowMan = [
  { value: 1000, word: '천' },
  { value: 100, word: '백' },
  { value: 10, word: '십' },
] as const;

/** 1–9999 the sino-Korean way: a 1 before 십, 백 or 천 is not said (1023 → 천 이 십 삼). */
function belowMan(n: number): KoreanNumberWord[] {
  const words: KoreanNumberWord[] = [];
  let rest = n;
  for (const { value, word } of placesBelowMan) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit > 1) words.push(digitWords[digit]);
    if (digit > 0) words.push(word);
  }
  if (rest > 0) words.push(digitWords[rest]);
  return words;
}

/** Each digit of a text on its own (영 일 이 …), for what is not a plain number; other characters are skipped. */
export function digitByDigitWords(text: string): KoreanNumberWord[] {
  return [...text].filter((c) => c >= '0' && c <= '9').map((c) => digitWords[Number(c)]);
}

/**
 * How a number is read aloud in a call, as the words the board has clips for:
 * 1023 → 천 이 십 삼, 10000 → 만, 21005 → 이 만 천 오.
 */
export function sinoKoreanWords(n: number): KoreanNumberWord[] {
  if (!Number.isSafeInteger(n) || n < 0 || n > LARGEST) return digitByDigitWords(String(n));
  if (n === 0) return ['영'];
  const man = Math.floor(n / 10_000);
  const rest = n % 10_000;
  const manWords: KoreanNumberWord[] = man === 0 ? [] : man === 1 ? ['만'] : [...belowMan(man), '만'];
  return [...manWords, ...belowMan(rest)];
}
