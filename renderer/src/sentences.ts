import type { Language } from '../../shared/language';

/** A part that already ends a sentence: . ? ! … (or their full-width forms), maybe inside closing quotes or brackets. */
const endsASentence = /[.?!…。？！][”’"')）]*$/u;

/**
 * Parts of what the kiosk says (a screen title, a fact, an instruction) as one text of whole
 * sentences: a title has no full stop on the screen, but joined bare to the next sentence a voice
 * or screen reader reads the two run together. Chinese sentences follow each other with no space
 * ("。" is the gap); Korean, like the Latin-script languages, puts one after the stop.
 */
export function sentences(language: Language, ...parts: string[]): string {
  const fullStop = language === 'zh' ? '。' : '.';
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (endsASentence.test(part) ? part : `${part}${fullStop}`))
    .join(language === 'zh' ? '' : ' ');
}

/** A label and what it labels, as one phrase: "使用目的：…" with Chinese's full-width colon, "Purpose: …" elsewhere. */
export function labelled(language: Language, label: string, text: string): string {
  return language === 'zh' ? `${label}：${text}` : `${label}: ${text}`;
}
