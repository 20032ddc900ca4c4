import type { Language } from './office';
import type { WaitEstimate } from './waitEstimate';

const words = {
  ko: { range: (min: number, max: number) => `${min}~${max}분`, unknown: '알 수 없음' },
  en: { range: (min: number, max: number) => `${min}~${max} min`, unknown: 'unknown' },
} as const;

/**
 * The one wording of a wait estimate, wherever a person reads it: the kiosk, the paper ticket, the
 * board, the counter page, the public status pages and the messages. "10~15분" / "10~15 min", or
 * the word for unknown. A tilde because an en dash is outside KS X 1001 and would print as an image.
 */
export function waitEstimateText(estimate: WaitEstimate, language: Language): string {
  return estimate.kind === 'range' ? words[language].range(estimate.minMinutes, estimate.maxMinutes) : words[language].unknown;
}
