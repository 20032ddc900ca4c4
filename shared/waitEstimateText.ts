import type { Language } from './language';
import type { WaitEstimate } from './waitEstimate';

const words = {
  ko: { range: (min: number, max: number) => `${min}~${max}분`, unknown: '알 수 없음', noCounterToday: '오늘은 더 이상 이 업무 창구 없음' },
  en: { range: (min: number, max: number) => `${min}~${max} min`, unknown: 'unknown', noCounterToday: 'no counter for this service for the rest of today' },
  zh: { range: (min: number, max: number) => `${min}~${max}分钟`, unknown: '未知', noCounterToday: '今天已没有办理此业务的窗口' },
  vi: { range: (min: number, max: number) => `${min}~${max} phút`, unknown: 'chưa rõ', noCounterToday: 'hôm nay không còn quầy nào làm thủ tục này' },
} as const satisfies Record<Language, unknown>;

/**
 * The one wording of a wait estimate, wherever a person reads it: the kiosk, the paper ticket, the
 * board, the counter page, the public status pages and the messages. "10~15분" / "10~15 min", the
 * word for unknown, or — when the schedule says no counter serves the line for the rest of the
 * day — that, in plain words. A tilde because an en dash is outside KS X 1001 and would print as an image.
 */
export function waitEstimateText(estimate: WaitEstimate, language: Language): string {
  if (estimate.kind === 'range') return words[language].range(estimate.minMinutes, estimate.maxMinutes);
  return estimate.reason === 'no-counter-today' ? words[language].noCounterToday : words[language].unknown;
}
