import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { settableClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { cancelAtDesk } from '../desk/ticketDesk';
import { issueTicket } from '../issuing/issueTicket';
import { demoOffice } from '../office/demoOffice';
import { callNext, completeService, markNoShow, setCounterState, startServing } from '../queue/calling';
import { pruneHistory } from '../queue/history';
import type { QueueContext } from '../queue/queueContext';
import { recordPrintResult } from '../queue/tickets';
import { parseCsv } from '../testSupport/parseCsv';
import { useTempDirs } from '../testSupport/tempDir';
import { dayStatistics, statisticsBetween } from './officeStatistics';
import { STATISTICS_CSV_HEADER, statisticsCsv } from './statisticsCsv';

const tempDir = useTempDirs();
const MINUTE = 60_000;

function setup(office: OfficeConfig) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  // 09:30 Seoul on 2026-11-24.
  const clock = settableClock('2026-11-24T00:30:00Z');
  const ctx: QueueContext = { db, office: () => office, clock };
  const issue = (serviceId: string, kind: 'paper' | 'mobile' = 'paper') => {
    const { ticket } = issueTicket(db, office, clock, { serviceId, kind, language: 'ko', priority: false });
    if (kind === 'paper') recordPrintResult(db, ticket.id, true, clock.now());
    return ticket;
  };
  const minutesPass = (minutes: number) => clock.set(clock.now() + minutes * MINUTE);
  return { db, clock, ctx, issue, minutesPass };
}

const office: OfficeConfig = { ...demoOffice, calling: { ...demoOffice.calling, recallsBeforeNoShow: 0 } };

/**
 * One day, minute by minute (Seoul): 09:30 two resident-registration tickets and a passport one;
 * 09:40 counter 1 calls the first (wait 10), serves 09:41..09:45; 09:50 it calls the second
 * (wait 20), a no-show; 09:55 counter 3 calls the passport (wait 25) and finishes at 10:07
 * without pressing "start" (service 12 from the call); 10:10 a seal ticket is issued and 10:12
 * cancelled at the desk; 10:20 another resident-registration ticket, a mobile one, still waits at the end.
 */
function runDay(day: ReturnType<typeof setup>) {
  const { ctx, issue, minutesPass } = day;
  issue('resident-registration');
  issue('resident-registration');
  issue('passport');
  setCounterState(ctx, 'counter-1', 'open');
  setCounterState(ctx, 'counter-3', 'open');
  minutesPass(10);
  callNext(ctx, 'counter-1');
  minutesPass(1);
  startServing(ctx, 'counter-1');
  minutesPass(4);
  completeService(ctx, 'counter-1');
  minutesPass(5);
  callNext(ctx, 'counter-1');
  markNoShow(ctx, 'counter-1');
  minutesPass(5);
  callNext(ctx, 'counter-3');
  minutesPass(12);
  completeService(ctx, 'counter-3');
  minutesPass(3);
  const seal = issue('seal-certificate');
  minutesPass(2);
  cancelAtDesk(ctx, seal.id);
  minutesPass(8);
  issue('resident-registration', 'mobile');
}

describe('office statistics', () => {
  it('counts the day’s tickets per service and hour, with waits, service times and the busiest hour', () => {
    const day = setup(office);
    expect(dayStatistics(day.ctx)).toMatchObject({ businessDay: '2026-11-24', issued: 0, byService: [], busiestHour: null, meanWaitMinutes: null });
    runDay(day);
    const stats = dayStatistics(day.ctx);
    expect(stats).toMatchObject({ businessDay: '2026-11-24', issued: 5, served: 2, noShows: 1, cancelled: 1, busiestHour: 9 });
    // Waits of the three called tickets: 10, 20, 25 minutes; nearest-rank 90th percentile is the longest.
    expect(stats.meanWaitMinutes).toBeCloseTo(18.3, 5);
    expect(stats.medianWaitMinutes).toBe(20);
    expect(stats.p90WaitMinutes).toBe(25);
    expect(stats).toMatchObject({ paper: 4, mobile: 1 });
    expect(stats.byService).toEqual([
      // prettier-ignore
      { serviceId: 'resident-registration', issued: 3, paper: 2, mobile: 1, served: 1, noShows: 1, cancelled: 0, meanWaitMinutes: 15, medianWaitMinutes: 10, p90WaitMinutes: 20, meanServiceMinutes: 4 },
      // prettier-ignore
      { serviceId: 'seal-certificate', issued: 1, paper: 1, mobile: 0, served: 0, noShows: 0, cancelled: 1, meanWaitMinutes: null, medianWaitMinutes: null, p90WaitMinutes: null, meanServiceMinutes: null },
      // prettier-ignore
      { serviceId: 'passport', issued: 1, paper: 1, mobile: 0, served: 1, noShows: 0, cancelled: 0, meanWaitMinutes: 25, medianWaitMinutes: 25, p90WaitMinutes: 25, meanServiceMinutes: 12 },
    ]);
    expect(stats.byHour).toEqual([
      { hour: 9, issued: 3, paper: 3, mobile: 0, served: 2, noShows: 1, cancelled: 0 },
      { hour: 10, issued: 2, paper: 1, mobile: 1, served: 0, noShows: 0, cancelled: 1 },
    ]);
    expect(stats.byCounter).toEqual([
      { counterId: 'counter-1', served: 1, meanServiceMinutes: 4 },
      { counterId: 'counter-3', served: 1, meanServiceMinutes: 12 },
    ]);
    const [sameDay] = statisticsBetween(day.ctx, '2026-11-24', '2026-11-24');
    expect(sameDay).toEqual(stats);
  });

  it('keeps past days apart, and loses the ones older than historyDays', () => {
    const day = setup({ ...office, historyDays: 1 });
    runDay(day);
    day.clock.set(Date.parse('2026-11-25T00:30:00Z'));
    day.issue('passport');
    expect(statisticsBetween(day.ctx, '2026-11-01', '2026-11-30').map((d) => [d.businessDay, d.issued])).toEqual([
      ['2026-11-24', 5],
      ['2026-11-25', 1],
    ]);
    expect(dayStatistics(day.ctx, '2026-11-24').served).toBe(2);
    day.clock.set(Date.parse('2026-11-26T00:30:00Z'));
    pruneHistory(day.ctx, { districtSends: false });
    expect(statisticsBetween(day.ctx, '2026-11-01', '2026-11-30').map((d) => d.businessDay)).toEqual(['2026-11-25']);
  });

  it('exports a day or a range as CSV that Excel opens with Korean text, and reads back to the same counts', () => {
    const day = setup(office);
    runDay(day);
    day.clock.set(Date.parse('2026-11-25T00:30:00Z'));
    day.issue('passport');
    const csv = statisticsCsv(statisticsBetween(day.ctx, '2026-11-24', '2026-11-25'), office);
    const { bom, rows } = parseCsv(csv);
    expect(bom).toBe(true);
    expect(csv).toContain('\r\n');
    expect(rows[0]).toEqual([...STATISTICS_CSV_HEADER]);
    const totals = rows.filter((row) => row[1] === '합계');
    // Day, then issued (paper, mobile), served, no-shows, cancelled.
    expect(totals.map((row) => [row[0], ...row.slice(3, 9).map(Number)])).toEqual([
      ['2026-11-24', 5, 4, 1, 2, 1, 1],
      ['2026-11-25', 1, 1, 0, 0, 0, 0],
    ]);
    expect(rows).toContainEqual(['2026-11-24', '업무', '주민등록 등·초본', '3', '2', '1', '1', '1', '0', '15', '10', '20', '4']);
    expect(rows).toContainEqual(['2026-11-24', '시간대', '10시', '2', '1', '1', '0', '0', '1', '', '', '', '']);
    expect(rows).toContainEqual(['2026-11-24', '창구', '3번 창구', '', '', '', '1', '', '', '', '', '', '12']);
    // Per-service rows add up to the day's total.
    const serviceIssued = rows.filter((row) => row[0] === '2026-11-24' && row[1] === '업무').reduce((sum, row) => sum + Number(row[3]), 0);
    expect(serviceIssued).toBe(5);
    const oneDay = parseCsv(statisticsCsv([dayStatistics(day.ctx, '2026-11-25')], office)).rows;
    expect(oneDay.filter((row) => row[1] === '합계')).toEqual([['2026-11-25', '합계', '', '1', '1', '0', '0', '0', '0', '', '', '', '']]);
  });
});
