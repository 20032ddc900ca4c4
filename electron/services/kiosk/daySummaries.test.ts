import { describe, expect, it } from 'vitest';
import { typicalOfficeHours } from '../../../shared/officeHours';
import { isTextLine, lineWidthDots } from '../../../tools/virtualPrinter/escPosDecoder';
import { issueTicket } from '../issuing/issueTicket';
import { demoOffice } from '../office/demoOffice';
import { printableDots } from '../printing/escpos/commands';
import { callNext, completeService, markNoShow, recall, setCounterState } from '../queue/calling';
import { useTempDirs } from '../testSupport/tempDir';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';
import { useTestKiosks, valueOf, type TestKioskOptions } from '../testSupport/testKiosk';
import { DEMO_STAFF_PIN } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const startPrinter = useVirtualPrinters();

const paper = (serviceId: string) => ({ serviceId, kind: 'paper' as const, language: 'ko' as const });

/** Tuesday 2026-11-24, 10:00 in Seoul: three passport tickets (one served, one no-show, one waiting) and one seal certificate. */
async function dayWithTickets(options: Partial<TestKioskOptions> = {}) {
  const printer = await startPrinter();
  const kiosk = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true, ...options });
  const { call, core, clock } = kiosk;
  for (const service of ['passport', 'passport', 'passport', 'seal-certificate']) valueOf(await call('issueTicket', paper(service)));
  for (const counter of ['counter-2', 'counter-3']) setCounterState(core.queue, counter, 'open');
  clock.set(Date.parse('2026-11-24T01:06:00Z'));
  callNext(core.queue, 'counter-3');
  clock.set(Date.parse('2026-11-24T01:16:00Z'));
  completeService(core.queue, 'counter-3');
  callNext(core.queue, 'counter-3');
  for (const minute of ['17', '18']) {
    clock.set(Date.parse(`2026-11-24T01:${minute}:00Z`));
    recall(core.queue, 'counter-3');
  }
  markNoShow(core.queue, 'counter-3');
  return { ...kiosk, printer };
}

describe('the printed end-of-day summary', { timeout: 60_000 }, () => {
  it("prints the day's counts per service when the manager closes the day, fitted to a 58 mm roll", async () => {
    const { call, core, printer } = await dayWithTickets({ paperWidthMm: 58 });
    // A mobile ticket for the paper/mobile split, issued by the queue itself (no district server here); it still waits at the close.
    issueTicket(core.queue.db, core.queue.office(), core.queue.clock, { serviceId: 'passport', kind: 'mobile', language: 'ko', priority: false });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const printed = printer.received;

    expect(valueOf(await call('closeDay', { confirm: true }))).toMatchObject({ ended: 3, summaryPrint: { status: 'printed' } });
    await printer.waitForJobs(printed + 1, 5_000);
    const summary = printer.lastJob()!;
    const text = summary.lines.filter(isTextLine).map((line) => line.text);
    expect(text.slice(0, 4)).toEqual(['업무 마감 요약', demoOffice.officeName.ko, '업무일 2026-11-24', '출력 2026-11-24 10:18']);
    // Lines wrapped for the narrow roll are read back as one text.
    const joined = text.join(' ');
    // The whole day: 5 issued, 1 served, 1 no-show, 3 ended by the close (the waiting passport, mobile passport and seal tickets);
    // waits of 6 and 16 minutes: mean 11, nearest-rank median 6.
    expect(joined).toContain('합계 발행 5 · 처리 1 · 부재 1 · 취소 3 종이 4 · 모바일 1 평균 대기 11분 · 중앙값 6분 · 90% 대기 16분 가장 붐빈 시간 10시');
    expect(joined).toContain('여권 발행 4 · 처리 1 · 부재 1 · 취소 2 종이 3 · 모바일 1 평균 대기 11분 · 중앙값 6분 · 90% 대기 16분');
    expect(joined).toContain('인감증명 발행 1 · 처리 0 · 부재 0 · 취소 1 종이 1 · 모바일 0 평균 대기 - · 중앙값 - · 90% 대기 -');
    for (const line of summary.lines.filter(isTextLine)) expect(lineWidthDots(line), line.text).toBeLessThanOrEqual(printableDots[58]);
    expect(summary.cut).toBe(true);

    // Owed no second copy at the next business day's start.
    expect(await core.daySummaries.printDue()).toBeNull();
  });

  it("prints the last day's summary once at the next business day, when nobody closed it", async () => {
    const { core, clock, printer } = await dayWithTickets();
    const printed = printer.received;
    expect(await core.daySummaries.printDue()).toBeNull();

    clock.set(Date.parse('2026-11-24T20:00:00Z')); // 05:00 on the 25th in Seoul: a new business day
    expect(await core.daySummaries.printDue()).toEqual({ status: 'printed' });
    expect(printer.lastJob()?.text).toContain('업무일 2026-11-24');
    expect(await core.daySummaries.printDue()).toBeNull();
    expect(printer.received).toBe(printed + 1);
  });

  it('prints once the office has closed and the last resident is done, not before', async () => {
    const { core, clock, printer } = await dayWithTickets({ initialOffice: { ...demoOffice, hours: typicalOfficeHours } });
    clock.set(Date.parse('2026-11-24T09:30:00Z')); // 18:30: closed, but two still wait
    expect(await core.daySummaries.printDue()).toBeNull();

    callNext(core.queue, 'counter-3');
    completeService(core.queue, 'counter-3');
    callNext(core.queue, 'counter-2');
    expect(await core.daySummaries.printDue()).toBeNull();
    completeService(core.queue, 'counter-2');
    expect(await core.daySummaries.printDue()).toEqual({ status: 'printed' });
    expect(printer.lastJob()?.text).toMatch(/합계\n발행 4 · 처리 3 · 부재 1 · 취소 0/);
    expect(await core.daySummaries.printDue()).toBeNull();
  });

  it('owes the whole day again once the manager reopens it: printed when the reopened day ends, once', async () => {
    const { call, core, clock, printer } = await dayWithTickets({ initialOffice: { ...demoOffice, hours: typicalOfficeHours } });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(valueOf(await call('closeDay', { confirm: true }))).toMatchObject({ ended: 2, summaryPrint: { status: 'printed' } });
    expect(await core.daySummaries.printDue()).toBeNull();

    valueOf(await call('reopenDay', { confirm: true }));
    valueOf(await call('issueTicket', paper('passport')));
    clock.set(Date.parse('2026-11-24T09:30:00Z')); // 18:30: closed, but the resident after the reopening still waits
    expect(await core.daySummaries.printDue()).toBeNull();
    callNext(core.queue, 'counter-3');
    completeService(core.queue, 'counter-3');

    const printed = printer.received;
    expect(await core.daySummaries.printDue()).toEqual({ status: 'printed' });
    expect(printer.lastJob()?.text).toMatch(/합계\n발행 5 · 처리 2 · 부재 1 · 취소 2/);
    expect(await core.daySummaries.printDue()).toBeNull();
    expect(printer.received).toBe(printed + 1);
  });

  it('tries again after a print the printer did not confirm, until one comes out', async () => {
    const { core, clock, printer } = await dayWithTickets();
    clock.set(Date.parse('2026-11-24T20:00:00Z'));
    const printed = printer.received;
    printer.setFault('paper-out');
    expect(await core.daySummaries.printDue()).not.toEqual({ status: 'printed' });
    expect(printer.received).toBe(printed);

    printer.setFault(null);
    expect(await core.daySummaries.printDue()).toEqual({ status: 'printed' });
    expect(printer.lastJob()?.text).toContain('업무 마감 요약');
    expect(await core.daySummaries.printDue()).toBeNull();
  });
});
