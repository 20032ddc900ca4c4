import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { callNext, completeService, setCounterState, startServing } from '../queue/calling';
import { issueTicket } from '../issuing/issueTicket';
import type { QueueContext } from '../queue/queueContext';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { estimateForNewcomer, estimateForTicket, estimatesForWaiting } from './estimateFromQueue';
import { waitForecastRows } from './waitForecastRows';

const tempDir = useTempDirs();
const weekday = { open: '09:00', close: '18:00' } as const;
const withHours: OfficeConfig = {
  ...demoOffice,
  hours: { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: null, sun: null }, holidays: [] },
};

// Demo office: counter-1 calls resident-registration (default 4 min) and family-relations (5 min),
// counter-2 resident-registration and seal-certificate, counter-3 only passport (12 min). 2026-11-24 is a Tuesday.
function setup(office: OfficeConfig = demoOffice, at = '2026-11-24T01:00:00Z' /* 10:00 KST */) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock(at);
  const ctx: QueueContext = { db, office: () => office, clock };
  const issue = (serviceId: string, priority = false) => issueTicket(db, office, clock, { serviceId, kind: 'paper', language: 'ko', priority }).ticket;
  const minutesLater = (minutes: number) => clock.set(clock.now() + minutes * 60_000);
  return { ctx, issue, minutesLater };
}

function lowerBound(estimate: ReturnType<typeof estimateForTicket>): number {
  if (estimate.kind !== 'range') throw new Error(`expected a range, got ${JSON.stringify(estimate)}`);
  return estimate.minMinutes;
}

describe('wait estimates from the queue', () => {
  it('says in words that no counter serves the line today when the schedule has none open or opening', () => {
    const { ctx, issue } = setup(withHours);
    setCounterState(ctx, 'counter-1', 'open');
    const passport = issue('passport');
    expect(estimateForTicket(ctx, passport.id)).toEqual({ kind: 'unknown', reason: 'no-counter-today' });
    expect(estimateForNewcomer(ctx, 'passport')).toEqual({ kind: 'unknown', reason: 'no-counter-today' });
    setCounterState(ctx, 'counter-3', 'open');
    expect(estimateForNewcomer(ctx, 'passport').kind).toBe('range');
    expect(estimateForTicket(ctx, 'no-such-ticket')).toEqual({ kind: 'unknown' });
  });

  it('says only unknown when no desk is open and the office keeps no hours: one may open any time', () => {
    const { ctx, issue } = setup();
    expect(estimateForTicket(ctx, issue('passport').id)).toEqual({ kind: 'unknown' });
  });

  it('before opening, counts from the opening time of the scheduled desks instead of saying unknown', () => {
    const { ctx } = setup(withHours, '2026-11-23T23:30:00Z' /* 08:30 KST */);
    // The office issues nothing before opening: this ticket dates from before staff set the hours.
    const first = issueTicket(ctx.db, demoOffice, ctx.clock, { serviceId: 'passport', kind: 'paper', language: 'ko' }).ticket;
    const estimate = estimateForTicket(ctx, first.id);
    expect(estimate.kind).toBe('range');
    expect(lowerBound(estimate)).toBeGreaterThanOrEqual(20);
    if (estimate.kind === 'range') expect(estimate.maxMinutes).toBeLessThanOrEqual(45);
  });

  it('waits for the desk that calls the service only, not for every desk sharing one of its services', () => {
    const passportOnSealDesk: OfficeConfig = {
      ...demoOffice,
      counters: [
        { id: 'counter-1', number: 1, serviceIds: ['resident-registration', 'seal-certificate'] },
        { id: 'counter-2', number: 2, serviceIds: ['resident-registration', 'seal-certificate'] },
        { id: 'counter-3', number: 3, serviceIds: ['seal-certificate', 'passport'] },
      ],
    };
    const shared = setup(passportOnSealDesk);
    const dedicated = setup();
    for (const id of ['counter-1', 'counter-2', 'counter-3']) [shared, dedicated].forEach(({ ctx }) => setCounterState(ctx, id, 'open'));
    for (let i = 0; i < 6; i += 1) [shared, dedicated].forEach(({ issue }) => issue('passport'));
    // Six passports of 12 configured minutes ahead, on the one desk that calls them: about 72 minutes,
    // exactly as if that desk did passports only — the seal desks sharing it never call a passport.
    const estimate = estimateForNewcomer(shared.ctx, 'passport');
    expect(estimate).toEqual(estimateForNewcomer(dedicated.ctx, 'passport'));
    // Spread over the three desks it would read about 24 minutes, the middle of the range included.
    expect(estimate.kind).toBe('range');
    if (estimate.kind === 'range') {
      expect(estimate.minMinutes).toBeGreaterThanOrEqual(20);
      expect((estimate.minMinutes + estimate.maxMinutes) / 2).toBeGreaterThanOrEqual(60);
      expect(estimate.maxMinutes).toBeGreaterThanOrEqual(90);
    }
  });

  it('counts a desk at lunch from its return, and leaves tickets at a counter out of the line', () => {
    const lunchDesk: OfficeConfig = {
      ...demoOffice,
      counters: demoOffice.counters.map((c) => (c.id === 'counter-3' ? { ...c, lunch: { start: '12:00', end: '13:00' } } : c)),
    };
    const { ctx, issue } = setup(lunchDesk, '2026-11-24T03:10:00Z' /* 12:10 KST */);
    setCounterState(ctx, 'counter-3', 'paused');
    const passport = issue('passport');
    const estimate = estimateForTicket(ctx, passport.id);
    expect(lowerBound(estimate)).toBeGreaterThanOrEqual(45);
    setCounterState(ctx, 'counter-3', 'open');
    callNext(ctx, 'counter-3');
    expect(estimateForTicket(ctx, passport.id)).toEqual({ kind: 'unknown' });
  });

  it('sends a desk still serving when its lunch turn begins to lunch once free; past the turn\'s middle it has had it', () => {
    const lunchDesk: OfficeConfig = {
      ...demoOffice,
      counters: demoOffice.counters.map((c) => (c.id === 'counter-3' ? { ...c, lunch: { start: '12:00', end: '13:00' } } : c)),
    };
    const { ctx, issue, minutesLater } = setup(lunchDesk, '2026-11-24T02:55:00Z' /* 11:55 KST */);
    setCounterState(ctx, 'counter-3', 'open');
    issue('passport');
    callNext(ctx, 'counter-3');
    minutesLater(10); // 12:05: the lunch turn has begun, the desk is still with its resident
    const next = issue('passport');
    expect(lowerBound(estimateForTicket(ctx, next.id))).toBeGreaterThanOrEqual(45);
    minutesLater(30); // 12:35: still open past the middle of the turn, so it is not going
    const later = issue('passport');
    expect(lowerBound(estimateForTicket(ctx, later.id))).toBeLessThan(20);
  });

  it('puts waiting priority tickets ahead of a normal one', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    issue('passport');
    const normal = issue('passport');
    const before = lowerBound(estimateForTicket(ctx, normal.id));
    issue('passport', true);
    issue('passport', true);
    expect(lowerBound(estimateForTicket(ctx, normal.id))).toBeGreaterThan(before);
  });

  it('learns the day’s desk times instead of the configured minutes', () => {
    const { ctx, issue, minutesLater } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    const guessed = (() => {
      for (let i = 0; i < 4; i += 1) issue('family-relations');
      return lowerBound(estimateForNewcomer(ctx, 'family-relations'));
    })();
    for (let i = 0; i < 20; i += 1) {
      callNext(ctx, 'counter-1');
      startServing(ctx, 'counter-1');
      minutesLater(20);
      completeService(ctx, 'counter-1');
      issue('family-relations');
    }
    // Four ahead of 20 measured minutes each, where the 5-minute default said about 20 in all.
    expect(guessed).toBeLessThan(30);
    expect(lowerBound(estimateForNewcomer(ctx, 'family-relations'))).toBeGreaterThanOrEqual(45);
  });

  it('keeps past days as the prior once the day has samples of its own: a rare long case seen before still counts', () => {
    const { ctx, issue, minutesLater } = setup(demoOffice, '2026-11-23T01:00:00Z' /* Monday 10:00 KST */);
    setCounterState(ctx, 'counter-1', 'open');
    const serve = (count: number, minutes: number) => {
      for (let i = 0; i < count; i += 1) {
        issue('family-relations');
        callNext(ctx, 'counter-1');
        startServing(ctx, 'counter-1');
        minutesLater(minutes);
        completeService(ctx, 'counter-1');
      }
    };
    serve(20, 25); // Monday's family-relations cases took 25 minutes each
    minutesLater(24 * 60 - 20 * 25); // Tuesday 10:00
    serve(15, 5); // Tuesday's first fifteen took 5
    for (let i = 0; i < 4; i += 1) issue('family-relations');
    // Today alone (15 samples of 5 minutes) says about 20 minutes for four ahead; with Monday weighing
    // as 20 samples, a case takes about (20 × 25 + 15 × 5) ÷ 35 ≈ 16 minutes.
    expect(lowerBound(estimateForNewcomer(ctx, 'family-relations'))).toBeGreaterThanOrEqual(40);
  });

  it("measures past days' desk times as today's: from the call until the desk could call again, its turnaround included", () => {
    // Monday: twenty family-relations cases, each `serviceMinutes` at the desk and `turnaroundMinutes` before the desk calls the next.
    const tuesdayEstimate = (serviceMinutes: number, turnaroundMinutes: number) => {
      const { ctx, issue, minutesLater } = setup(demoOffice, '2026-11-23T01:00:00Z' /* Monday 10:00 KST */);
      setCounterState(ctx, 'counter-1', 'open');
      for (let i = 0; i < 20; i += 1) issue('family-relations');
      for (let i = 0; i < 20; i += 1) {
        callNext(ctx, 'counter-1');
        startServing(ctx, 'counter-1');
        minutesLater(serviceMinutes);
        completeService(ctx, 'counter-1');
        minutesLater(turnaroundMinutes);
      }
      minutesLater(24 * 60 - 20 * (serviceMinutes + turnaroundMinutes)); // Tuesday 10:00, nothing served yet today
      for (let i = 0; i < 4; i += 1) issue('family-relations');
      return estimateForNewcomer(ctx, 'family-relations');
    };
    // A desk busy 18 minutes a case and 3 more before its next call is a desk of 21 minutes a case, as
    // today's desk times count it; measured from call to finish alone, Monday read 18 and Tuesday's
    // four ahead about 12 minutes short.
    expect(tuesdayEstimate(18, 3)).toEqual(tuesdayEstimate(21, 0));
  });

  it("reads past days' desk times once per business day, and again on the next day", () => {
    const { ctx, issue, minutesLater } = setup(demoOffice, '2026-11-23T01:00:00Z' /* Monday 10:00 KST */);
    setCounterState(ctx, 'counter-1', 'open');
    for (let i = 0; i < 20; i += 1) {
      issue('family-relations');
      callNext(ctx, 'counter-1');
      startServing(ctx, 'counter-1');
      minutesLater(10);
      completeService(ctx, 'counter-1');
    }
    minutesLater(24 * 60 - 20 * 10); // Tuesday 10:00
    for (let i = 0; i < 4; i += 1) issue('family-relations');
    const freshReading = () => {
      const fresh: QueueContext = { db: openDatabase(ctx.db.name), office: () => demoOffice, clock: ctx.clock };
      const estimate = estimateForNewcomer(fresh, 'family-relations');
      fresh.db.close();
      return estimate;
    };
    const tuesday = estimateForNewcomer(ctx, 'family-relations');
    // Rewrite Monday behind the estimator's back (every case 30 minutes longer): past days never change
    // during a day, so this connection keeps what it read, while a fresh one sees the longer cases.
    ctx.db.prepare("UPDATE tickets SET called_at_ms = called_at_ms - 30 * 60000 WHERE business_day = '2026-11-23'").run();
    expect(estimateForNewcomer(ctx, 'family-relations')).toEqual(tuesday);
    expect(lowerBound(freshReading())).toBeGreaterThan(lowerBound(tuesday) + 30);
    // A new business day reads past days again.
    minutesLater(24 * 60); // Wednesday 10:00
    for (let i = 0; i < 4; i += 1) issue('family-relations');
    expect(estimateForNewcomer(ctx, 'family-relations')).toEqual(freshReading());
    expect(lowerBound(estimateForNewcomer(ctx, 'family-relations'))).toBeGreaterThan(lowerBound(tuesday) + 30);
  });

  it('records the forecast shown at issue once, and calibrates later ranges against true waits', () => {
    const { ctx, issue, minutesLater } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    const first = issue('resident-registration');
    const shown = estimateForTicket(ctx, first.id);
    minutesLater(3);
    estimateForTicket(ctx, first.id);
    callNext(ctx, 'counter-1');
    const [outcome] = waitForecastRows(ctx.db).outcomes('2026-11-24', 10);
    expect(outcome.waitedMinutes).toBeCloseTo(3, 5);
    expect(outcome.expectedMinutes).toBe(0);
    expect(shown.kind).toBe('range');
  });

  it('gives every waiting ticket, in one pass, the same estimate as one by one', () => {
    const { ctx, issue, minutesLater } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    setCounterState(ctx, 'counter-2', 'open');
    const services = ['resident-registration', 'family-relations', 'seal-certificate', 'passport'];
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      ids.push(issue(services[i % services.length], i % 7 === 3).id);
      if (i % 5 === 4) {
        callNext(ctx, 'counter-1');
        minutesLater(3);
        completeService(ctx, 'counter-1');
      }
    }
    const batch = estimatesForWaiting(ctx);
    expect(batch.length).toBeGreaterThan(25);
    for (const { ticketId, estimate } of batch) expect(estimateForTicket(ctx, ticketId)).toEqual(estimate);
    const inBatch = new Set(batch.map((b) => b.ticketId));
    expect(ids.filter((id) => !inBatch.has(id))).toHaveLength(40 - batch.length);
    // In issue order, as the line is called.
    expect(batch.map((b) => b.ticketId)).toEqual(ids.filter((id) => inBatch.has(id)));
  });
});
