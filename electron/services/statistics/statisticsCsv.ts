import type { OfficeConfig } from '../../../shared/office';
import { toCsv } from '../csv';
import type { QueueContext } from '../queue/queueContext';
import { statisticsBetween } from './officeStatistics';
import type { DayStatistics, OutcomeCounts, WaitMinutes } from '../../../shared/statistics';

export const STATISTICS_CSV_HEADER = [
  '날짜',
  '구분',
  '항목',
  '발행',
  '종이',
  '모바일',
  '처리',
  '부재',
  '취소',
  '평균 대기(분)',
  '중앙값 대기(분)',
  '90% 대기(분)',
  '평균 처리(분)',
] as const;

const blank = (minutes: number | null | undefined) => minutes ?? '';
const counts = (c: OutcomeCounts) => [c.issued, c.paper, c.mobile, c.served, c.noShows, c.cancelled];
const waits = (w: WaitMinutes) => [blank(w.meanWaitMinutes), blank(w.medianWaitMinutes), blank(w.p90WaitMinutes)];

/**
 * The statistics of one or more business days as one table for Excel: per day a total row, then
 * a row per service, per issue hour and per counter (the `구분` column tells which).
 */
export function statisticsCsv(days: readonly DayStatistics[], office: OfficeConfig): string {
  const serviceName = (id: string) => office.services.find((s) => s.id === id)?.name.ko ?? id;
  const counterName = (id: string) => {
    const counter = office.counters.find((c) => c.id === id);
    return counter ? `${counter.number}번 창구` : id;
  };
  const rows = days.flatMap((day) => [
    [day.businessDay, '합계', '', ...counts(day), ...waits(day), ''],
    ...day.byService.map((s) => [day.businessDay, '업무', serviceName(s.serviceId), ...counts(s), ...waits(s), blank(s.meanServiceMinutes)]),
    ...day.byHour.map((h) => [day.businessDay, '시간대', `${String(h.hour).padStart(2, '0')}시`, ...counts(h), '', '', '', '']),
    ...day.byCounter.map((c) => [day.businessDay, '창구', counterName(c.counterId), '', '', '', c.served, '', '', '', '', '', blank(c.meanServiceMinutes)]),
  ]);
  return toCsv(STATISTICS_CSV_HEADER, rows);
}

/** The CSV of a range as a file to save, named by its days. */
export function statisticsCsvFile(ctx: QueueContext, fromDay: string, toDay: string): { fileName: string; csv: string } {
  const range = fromDay === toDay ? fromDay : `${fromDay}_${toDay}`;
  return { fileName: `sunbeon-statistics-${range}.csv`, csv: statisticsCsv(statisticsBetween(ctx, fromDay, toDay), ctx.office()) };
}
