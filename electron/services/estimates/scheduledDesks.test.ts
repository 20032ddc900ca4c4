import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CounterConfig, OfficeConfig } from '../../../shared/office';
import type { CounterState } from '../../../shared/counter';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import { settableClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { ticketPrintData } from '../kiosk/ticketPrintData';
import { demoOffice } from '../office/demoOffice';
import { setCounterState } from '../queue/calling';
import { estimateForNewcomer, estimatesForWaiting } from './estimateFromQueue';
import { useTempDirs } from '../testSupport/tempDir';

const tempDir = useTempDirs();
const weekday = { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } } as const;
const hours: NonNullable<OfficeConfig['hours']> = { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: null, sun: null }, holidays: [] };

/** The demo office with hours; counter-3 is the only desk that calls passports, with the schedule given. */
const passportDesk = (schedule: Partial<CounterConfig>): OfficeConfig => ({
  ...demoOffice,
  hours,
  counters: demoOffice.counters.map((c) => (c.id === 'counter-3' ? { ...c, ...schedule } : c)),
});

/** A passport ticket issued at `seoulTime` on Tuesday 2026-11-24, the desks in the states given: what it is told, on the kiosk and on paper. */
function passportTicketAt(office: OfficeConfig, seoulTime: string, states: Record<string, CounterState> = {}) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock(`2026-11-24T${seoulTime}:00+09:00`);
  for (const [counterId, state] of Object.entries(states)) setCounterState({ db, office: () => office, clock }, counterId, state);
  const { ticket } = issueTicket(db, office, clock, { serviceId: 'passport', kind: 'paper', language: 'ko' });
  const paper = ticketPrintData(office, office.services.find((s) => s.id === 'passport')!, { ...ticket, issuedAtMs: clock.now() }, 'ko');
  db.close();
  return { estimate: ticket.estimate, paper: paper.waitEstimateLine };
}

function minutesOf(estimate: ReturnType<typeof passportTicketAt>['estimate']): { min: number; max: number } {
  if (estimate.kind !== 'range') throw new Error(`expected a range, got ${JSON.stringify(estimate)}`);
  return { min: estimate.minMinutes, max: estimate.maxMinutes };
}

describe('a ticket reads a figure whenever a desk of its line is scheduled later today', () => {
  it('at opening, before staff have opened any desk: counted from the desks the schedule staffs', () => {
    const { estimate, paper } = passportTicketAt(passportDesk({}), '09:00');
    expect(minutesOf(estimate).max).toBeLessThanOrEqual(15);
    expect(paper).toBe(`예상 대기 ${waitEstimateText(estimate, 'ko')}`);
  });

  it('when the line\'s only desk opens later than the office: counted from its own opening', () => {
    const { estimate } = passportTicketAt(passportDesk({ opensAt: '10:00' }), '09:10', { 'counter-1': 'open', 'counter-2': 'open' });
    expect(minutesOf(estimate).min).toBeGreaterThanOrEqual(45);
    expect(minutesOf(estimate).max).toBeLessThanOrEqual(75);
  });

  it.each(['paused', 'closed'] as const)('when the line\'s only desk is at lunch (staff set it %s): counted from its return', (state) => {
    const { estimate } = passportTicketAt(passportDesk({ lunch: { start: '11:30', end: '12:30' } }), '11:40', { 'counter-3': state });
    expect(minutesOf(estimate).min).toBeGreaterThanOrEqual(45);
    expect(minutesOf(estimate).max).toBeLessThanOrEqual(75);
  });

  it('says in plain words, on paper too, that no desk serves the line once its only desk has closed for the day', () => {
    const { estimate, paper } = passportTicketAt(passportDesk({ closesAt: '17:00' }), '17:10', { 'counter-1': 'open', 'counter-3': 'closed' });
    expect(estimate).toEqual({ kind: 'unknown', reason: 'no-counter-today' });
    expect(paper).toBe('예상 대기 오늘은 더 이상 이 업무 창구 없음');
  });

  it('serves every ticket already issued past the closing of the line\'s last desk: a figure, never "no desk today"', () => {
    // One desk, closing in 30 minutes, 12-minute passports: it reaches three before its closing.
    const office = passportDesk({ closesAt: '17:00' });
    const db = openDatabase(join(tempDir(), 'k.db'));
    const clock = settableClock('2026-11-24T16:30:00+09:00');
    const ctx = { db, office: () => office, clock };
    setCounterState(ctx, 'counter-3', 'open');
    const told = Array.from({ length: 6 }, () => issueTicket(db, office, clock, { serviceId: 'passport', kind: 'paper', language: 'ko' }).ticket.estimate);
    const now = estimatesForWaiting(ctx).map((t) => t.estimate);
    const newcomer = estimateForNewcomer(ctx, 'passport');
    db.close();
    for (const estimate of [...told, ...now, newcomer]) expect(estimate.kind).toBe('range');
    // The sixth is called after five passports, 60 minutes from now, half an hour past the closing.
    expect(minutesOf(now[5]).min).toBeLessThanOrEqual(60);
    expect(minutesOf(now[5]).max).toBeGreaterThanOrEqual(60);
    expect(minutesOf(newcomer).max).toBeGreaterThanOrEqual(72);
  });
});
