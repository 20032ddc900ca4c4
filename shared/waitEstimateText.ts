import type { WaitEstimate } from './waitEstimate';
import type { Language } from './office';

const words = {
  ko: { range: (min: number, max: number) => `${min}~${max}분`, unknown: '알 수 없음' },
  en: { range: (min: number, max: number) => `${min}-${max} min`, unknown: 'unknown' },
} as const;

/**
 * "10~15분" / "10-15 min", or the word for unknown: the same wording on the screen, the ticket and
 * the boards. ASCII separators because an en dash is outside KS X 1001 and would print as an image.
 */
export function waitEstimateText(estimate: WaitEstimate, language: Language): string {
  return estimate.kind === 'range' ? words[language].range(estimate.minMinutes, estimate.maxMinutes) : words[language].unknown;
}
