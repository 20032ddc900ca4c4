import type { Language } from '../../../shared/language';
import type { DeliveryStatisticsRow } from '../store/districtStore';
import { deliveryStates, type DeliveryCounts } from '../../../shared/statistics';
import { deliveryWords } from './deliveryPage';
import { html } from './html';
import { pageLayout } from './pageLayout';

export type StateCounts = DeliveryCounts;

export interface OfficeDeliveryStatistics {
  officeId: string;
  days: Array<{ businessDay: string; counts: StateCounts; reachedShare: number | null }>;
}

/**
 * Of the messages whose fate is known (delivered, fell back, failed), the share that reached the
 * resident by KakaoTalk or SMS/LMS; null while none is known. Expired messages were never meant to go.
 */
function reachedShare(counts: StateCounts): number | null {
  const reached = counts.delivered + counts.fell_back;
  const known = reached + counts.failed;
  return known === 0 ? null : reached / known;
}

/** The rows of `deliveryStatistics` as offices, each with its days in order. */
export function deliveryStatisticsByOffice(rows: readonly DeliveryStatisticsRow[]): OfficeDeliveryStatistics[] {
  const offices = new Map<string, Map<string, StateCounts>>();
  for (const { officeId, businessDay, state, count } of rows) {
    const days = offices.get(officeId) ?? new Map<string, StateCounts>();
    const counts = days.get(businessDay) ?? (Object.fromEntries(deliveryStates.map((s) => [s, 0])) as StateCounts);
    counts[state] += count;
    days.set(businessDay, counts);
    offices.set(officeId, days);
  }
  return [...offices]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([officeId, days]) => ({
      officeId,
      days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([businessDay, counts]) => ({ businessDay, counts, reachedShare: reachedShare(counts) })),
    }));
}

const words = {
  ko: { title: (from: string, to: string) => `알림 전달 통계 ${from} ~ ${to} (IT)`, day: '날짜', reached: '전달률', none: '이 기간에 알림이 없습니다.' },
  en: { title: (from: string, to: string) => `Message delivery statistics ${from} ~ ${to} (IT)`, day: 'Day', reached: 'Reached', none: 'No messages in this period.' },
};

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * GET /it/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD — per office and business day, how many messages
 * (all kinds) were delivered by KakaoTalk, fell back to SMS/LMS, failed, were not sent or are still
 * on their way, and the share that reached residents. Counts only: no ticket, no phone number.
 */
export function deliveryStatisticsPage(from: string, to: string, offices: readonly OfficeDeliveryStatistics[], language: Language): string {
  const shown = language === 'ko' ? 'ko' : 'en';
  const t = { ...deliveryWords[shown], ...words[shown] };
  const main = html`
<h1>${t.title(from, to)}</h1>
${offices.length === 0
  ? html`<p class="summary">${t.none}</p>`
  : offices.map(
      ({ officeId, days }) => html`<h2>${officeId}</h2>
<table class="delivery-statistics" data-office-id="${officeId}">
<thead><tr><th>${t.day}</th>${deliveryStates.map((state) => html`<th>${t.states[state]}</th>`)}<th>${t.reached}</th></tr></thead>
<tbody>
${days.map(
  (day) => html`<tr data-day="${day.businessDay}"><th>${day.businessDay}</th>${deliveryStates.map((state) => html`<td data-state="${state}">${day.counts[state]}</td>`)}<td data-reached>${percent(day.reachedShare)}</td></tr>
`,
)}</tbody>
</table>
`,
    )}`;
  return pageLayout({ language: shown, title: t.title(from, to), main, indexable: false });
}
