import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { Language } from '../../../shared/language';
import { messageKinds, type MessageKind } from '../messages/messageContent';
import type { DeliveryLine, DeliveryTally } from '../store/districtStore';
import { html } from './html';
import { pageLayout } from './pageLayout';

type State = DeliveryTally['state'];
import { deliveryStates } from '../../../shared/statistics';

interface DeliveryWords {
  title: (day: string) => string;
  previousDay: string;
  nextDay: string;
  office: string;
  number: string;
  kind: string;
  state: string;
  attempts: string;
  decided: string;
  finished: string;
  detail: string;
  none: string;
  kinds: Record<MessageKind, string>;
  states: Record<State, string>;
}

/** IT reads Korean or English; other page languages show English. */
export const deliveryWords: Record<'ko' | 'en', DeliveryWords> = {
  ko: {
    title: (day) => `알림 전달 현황 ${day} (IT)`,
    previousDay: '전날',
    nextDay: '다음 날',
    office: '민원실',
    number: '번호',
    kind: '알림',
    state: '결과',
    attempts: '시도',
    decided: '결정',
    finished: '완료',
    detail: '세부',
    none: '이날 알림이 없습니다.',
    kinds: { issued: '발급', approaching: '임박', update: '예상 변경', called: '호출' },
    states: {
      requested: '발송 대기',
      accepted: '접수, 결과 모름',
      delivered: '카카오톡 전달',
      fell_back: '문자로 대체 전달',
      failed: '실패',
      expired: '보내지 않음',
    },
  },
  en: {
    title: (day) => `Message delivery ${day} (IT)`,
    previousDay: 'Previous day',
    nextDay: 'Next day',
    office: 'Office',
    number: 'Ticket',
    kind: 'Message',
    state: 'Result',
    attempts: 'Attempts',
    decided: 'Decided',
    finished: 'Finished',
    detail: 'Detail',
    none: 'No messages on this day.',
    kinds: { issued: 'issued', approaching: 'approaching', update: 'forecast update', called: 'called' },
    states: {
      requested: 'waiting to send',
      accepted: 'accepted, result unknown',
      delivered: 'delivered by KakaoTalk',
      fell_back: 'fell back to SMS/LMS',
      failed: 'failed',
      expired: 'not sent',
    },
  },
};

const seoulTime = (iso: string | null) => (iso ? seoulDateTimeParts(Date.parse(iso)).time : '');

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function officeSummary(officeId: string, tallies: readonly DeliveryTally[], t: DeliveryWords, otherDay: string | null) {
  const count = (kind: MessageKind, state: State) => tallies.find((tally) => tally.officeId === officeId && tally.kind === kind && tally.state === state)?.count ?? 0;
  return html`<h2>${officeId}${otherDay && ` (${otherDay})`}</h2>
<table class="delivery-summary" data-office-id="${officeId}">
<thead><tr><th>${t.kind}</th>${deliveryStates.map((state) => html`<th>${t.states[state]}</th>`)}</tr></thead>
<tbody>
${messageKinds.map((kind) => html`<tr data-kind="${kind}"><th>${t.kinds[kind]}</th>${deliveryStates.map((state) => html`<td data-state="${state}">${count(kind, state)}</td>`)}</tr>
`)}</tbody>
</table>
`;
}

function messageRow(line: DeliveryLine, t: DeliveryWords) {
  return html`<tr data-state="${line.state}">
<td>${line.officeId}</td><td>${line.displayNumber}</td><td>${t.kinds[line.kind]}</td><td>${t.states[line.state]}</td>
<td>${line.attempts}</td><td>${seoulTime(line.decidedAt)}</td><td>${seoulTime(line.finishedAt)}</td><td>${line.detail}</td>
</tr>
`;
}

/**
 * GET /it/deliveries?day=YYYY-MM-DD — what became of every message of a business day, office by
 * office: counts per kind and result, then each message by its ticket number. Never a phone number:
 * the store holds none outside the sealed contacts, and provider errors are masked before they are kept.
 * Opened without a day, each office shows its own current one (`dayOf`); an office on another day
 * than the page's names it beside the office.
 */
export function deliveryPage(day: string, tallies: readonly DeliveryTally[], lines: readonly DeliveryLine[], language: Language, dayOf?: (officeId: string) => string): string {
  const shown = language === 'ko' ? 'ko' : 'en';
  const t = deliveryWords[shown];
  const offices = [...new Set(tallies.map((tally) => tally.officeId))];
  const main = html`
<h1>${t.title(day)}</h1>
<p><a href="?day=${shiftDay(day, -1)}&amp;lang=${shown}">${t.previousDay}</a> · <a href="?day=${shiftDay(day, 1)}&amp;lang=${shown}">${t.nextDay}</a></p>
${offices.length === 0 ? html`<p class="summary">${t.none}</p>` : offices.map((officeId) => officeSummary(officeId, tallies, t, dayOf && dayOf(officeId) !== day ? dayOf(officeId) : null))}
${lines.length > 0 &&
  html`<table class="deliveries">
<thead><tr><th>${t.office}</th><th>${t.number}</th><th>${t.kind}</th><th>${t.state}</th><th>${t.attempts}</th><th>${t.decided}</th><th>${t.finished}</th><th>${t.detail}</th></tr></thead>
<tbody>
${lines.map((line) => messageRow(line, t))}</tbody>
</table>`}`;
  return pageLayout({ language: shown, title: t.title(day), main, indexable: false });
}
