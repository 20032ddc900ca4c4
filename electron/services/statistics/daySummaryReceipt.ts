import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { OfficeConfig } from '../../../shared/office';
import type { DayStatistics, OutcomeCounts, WaitMinutes } from '../../../shared/statistics';
import type { ReceiptLine } from '../printing/escpos/ticketEncoder';

const line = (text: string, { scale = 1, bold = false } = {}): ReceiptLine => ({ text, scale, bold });
const blank = line('');

const countsLines = (c: OutcomeCounts) => [line(`발행 ${c.issued} · 처리 ${c.served} · 부재 ${c.noShows} · 취소 ${c.cancelled}`), line(`종이 ${c.paper} · 모바일 ${c.mobile}`)];
const minutes = (value: number | null) => (value === null ? '-' : `${value}분`);
const waitLine = (w: WaitMinutes) =>
  line(`평균 대기 ${minutes(w.meanWaitMinutes)} · 중앙값 ${minutes(w.medianWaitMinutes)} · 90% 대기 ${minutes(w.p90WaitMinutes)}`);

/**
 * The end-of-day summary the kiosk prints for the manager: the day's totals (counts, paper and
 * mobile tickets, mean, median and 90th-percentile wait), then each service.
 * Short label-and-number lines, so the encoder's fitting wraps them (58 mm) at the `·` spaces
 * rather than inside a number.
 */
export function daySummaryLines(day: DayStatistics, office: OfficeConfig, printedAtMs: number): ReceiptLine[] {
  const { date, time } = seoulDateTimeParts(printedAtMs);
  const serviceName = (id: string) => office.services.find((s) => s.id === id)?.name.ko ?? id;
  return [
    line('업무 마감 요약', { scale: 2, bold: true }),
    line(office.officeName.ko, { bold: true }),
    line(`업무일 ${day.businessDay}`),
    line(`출력 ${date} ${time}`),
    blank,
    line('합계', { bold: true }),
    ...countsLines(day),
    waitLine(day),
    line(`가장 붐빈 시간 ${day.busiestHour === null ? '-' : `${String(day.busiestHour).padStart(2, '0')}시`}`),
    ...day.byService.flatMap((service) => [blank, line(serviceName(service.serviceId), { bold: true }), ...countsLines(service), waitLine(service)]),
  ];
}
