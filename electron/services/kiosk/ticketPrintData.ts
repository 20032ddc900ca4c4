import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import { type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import { textIn, type Language } from '../../../shared/language';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { TicketPrintData } from '../printing/types';

/** What staff made of the ticket at the desk, printed above its number. */
export type TicketMark = 'copy' | 'priority';

interface PrintableTicket {
  displayNumber: string;
  mark?: TicketMark;
  peopleAhead: number;
  estimate: WaitEstimate;
  issuedAtMs: number;
}

const labels = {
  ko: {
    peopleAhead: (n: number) => `앞에 기다리는 분: ${n}명`,
    estimate: '예상 대기',
    issuedAt: (d: string, t: string) => `발행 ${d} ${t}`,
    mark: { copy: '재발행', priority: '교통약자 우선' },
  },
  en: {
    peopleAhead: (n: number) => `People ahead of you: ${n}`,
    estimate: 'Estimated wait:',
    issuedAt: (d: string, t: string) => `Issued ${d} ${t}`,
    // Staff read the Korean words whatever the resident's language.
    mark: { copy: 'Copy · 재발행', priority: 'Priority · 교통약자 우선' },
  },
  zh: {
    peopleAhead: (n: number) => `您前面等候人数：${n}人`,
    estimate: '预计等候',
    issuedAt: (d: string, t: string) => `取号时间 ${d} ${t}`,
    mark: { copy: '补发 · 재발행', priority: '优先 · 교통약자 우선' },
  },
  vi: {
    peopleAhead: (n: number) => `Số người chờ trước bạn: ${n}`,
    estimate: 'Thời gian chờ dự kiến:',
    issuedAt: (d: string, t: string) => `Cấp lúc ${d} ${t}`,
    mark: { copy: 'Bản in lại · 재발행', priority: 'Ưu tiên · 교통약자 우선' },
  },
} as const satisfies Record<Language, unknown>;

export function ticketPrintData(office: OfficeConfig, service: ServiceConfig, ticket: PrintableTicket, language: Language): TicketPrintData {
  const { date, time } = seoulDateTimeParts(ticket.issuedAtMs);
  return {
    officeName: textIn(office.officeName, language),
    serviceName: textIn(service.name, language),
    displayNumber: ticket.displayNumber,
    peopleAheadLine: labels[language].peopleAhead(ticket.peopleAhead),
    waitEstimateLine: `${labels[language].estimate} ${waitEstimateText(ticket.estimate, language)}`,
    issuedAtLine: labels[language].issuedAt(date, time),
    notice: textIn(office.ticketNotice, language),
    ...(ticket.mark ? { markLine: labels[language].mark[ticket.mark] } : {}),
    ...(language === 'zh' ? { drawHanzi: true } : {}),
  };
}
