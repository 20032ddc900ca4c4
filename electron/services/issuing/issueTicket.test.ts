import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { typicalOfficeHours } from '../../../shared/officeHours';
import { openDatabase } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { demoOffice } from '../office/demoOffice';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { issueTicket } from './issueTicket';

const tempDir = useTempDirs();
const paper = (serviceId: string) => ({ serviceId, kind: 'paper' as const, language: 'ko' as const });

function setup(office: OfficeConfig = demoOffice, start = '2026-11-24T01:00:00Z' /* 10:00 KST */) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock(start);
  return { db, clock, issue: (serviceId: string) => issueTicket(db, office, clock, paper(serviceId)).ticket };
}

function expectCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

const smallBlock: OfficeConfig = {
  ...demoOffice,
  services: [{ id: 'small', name: { ko: '소', en: 'Small' }, blockStart: 101, blockEnd: 103, dailyCap: 10, defaultServiceMinutes: 5 }],
};

describe('issueTicket', () => {
  it('numbers each service inside its own block and counts the people ahead', () => {
    const { issue } = setup();
    expect(issue('resident-registration')).toMatchObject({ displayNumber: '1001', peopleAhead: 0, businessDay: '2026-11-24' });
    expect(issue('resident-registration')).toMatchObject({ displayNumber: '1002', peopleAhead: 1 });
    expect(issue('passport')).toMatchObject({ displayNumber: '4001', peopleAhead: 0 });
    expect(issue('resident-registration')).toMatchObject({ displayNumber: '1003', peopleAhead: 2 });
  });

  it('writes the ticket and its outbox event in the same transaction', () => {
    const { db, issue } = setup();
    const ticket = issue('seal-certificate');
    const events = db.prepare('SELECT event_type, ticket_id, payload FROM outbox').all() as { event_type: string; ticket_id: string; payload: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event_type: 'ticket.issued', ticket_id: ticket.id });
    expect(JSON.parse(events[0].payload)).toMatchObject({ displayNumber: '3001', serviceId: 'seal-certificate', kind: 'paper' });
    expect(db.prepare(`SELECT status, print_state FROM tickets WHERE id = ?`).get(ticket.id)).toEqual({ status: 'waiting', print_state: 'pending' });
  });

  it('restarts numbering when the business day starts at 04:00 Seoul time, not at UTC or local midnight', () => {
    const { clock, issue } = setup(demoOffice, '2026-11-24T18:59:00Z'); // 03:59 KST on the 25th
    expect(issue('passport')).toMatchObject({ displayNumber: '4001', businessDay: '2026-11-24' });
    expect(issue('passport')).toMatchObject({ displayNumber: '4002', businessDay: '2026-11-24' });
    clock.set('2026-11-24T19:00:00Z'); // 04:00 KST
    expect(issue('passport')).toMatchObject({ displayNumber: '4001', businessDay: '2026-11-25', peopleAhead: 0 });
  });

  it('never reissues a number when the wall clock jumps backwards, even across the day start', () => {
    const { db, clock, issue } = setup(demoOffice, '2026-11-24T19:05:00Z'); // 04:05 KST, day 25
    const first = issue('passport');
    clock.set('2026-11-24T18:50:00Z'); // back to 03:50 KST, day 24
    const second = issue('passport');
    expect(second).toMatchObject({ displayNumber: '4002', businessDay: '2026-11-25' });
    expect(Date.parse(second.issuedAt)).toBeGreaterThanOrEqual(Date.parse(first.issuedAt));
    const numbers = db.prepare(`SELECT business_day, display_number FROM tickets`).all();
    expect(new Set(numbers.map((n) => JSON.stringify(n))).size).toBe(2);
  });

  it('closes a service for the day at its daily cap with a clear code, other services stay open', () => {
    const capped: OfficeConfig = { ...demoOffice, services: [{ ...demoOffice.services[3], dailyCap: 2 }, demoOffice.services[0]] };
    const { clock, issue } = setup(capped);
    issue('passport');
    issue('passport');
    expectCode(() => issue('passport'), 'SERVICE_CLOSED');
    expect(issue('resident-registration').displayNumber).toBe('1001');
    clock.set('2026-11-25T01:00:00Z');
    expect(issue('passport').displayNumber).toBe('4001');
  });

  it('wraps inside its block and skips numbers whose holders are still waiting', () => {
    const { db, issue } = setup(smallBlock);
    const [a, b, c] = [issue('small'), issue('small'), issue('small')];
    expect([a, b, c].map((t) => t.displayNumber)).toEqual(['101', '102', '103']);
    expectCode(() => issue('small'), 'SERVICE_CLOSED');
    db.prepare(`UPDATE tickets SET status = 'done' WHERE id IN (?, ?)`).run(a.id, c.id);
    expect(issue('small').displayNumber).toBe('101');
    expect(issue('small').displayNumber).toBe('103');
  });

  it('rejects an unknown service without writing anything', () => {
    const { db, issue } = setup();
    expectCode(() => issue('no-such-service'), 'UNKNOWN_SERVICE');
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });
});

describe('issueTicket within office hours', () => {
  const hoursOffice: OfficeConfig = {
    ...demoOffice,
    hours: { ...typicalOfficeHours, holidays: ['2026-11-25'] },
    services: demoOffice.services.map((s) => (s.id === 'passport' ? { ...s, lastTicketTime: '17:00' } : s)),
  };
  const seoul = (local: string) => new Date(`${local}:00+09:00`).getTime();

  function refusal(fn: () => unknown): KioskError {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(KioskError);
      return error as KioskError;
    }
    throw new Error('expected SERVICE_NOT_OPEN');
  }

  it('issues nothing before opening, at lunch, after a last-ticket time or on a holiday, says when it opens again, and issues once it does', () => {
    const { db, clock, issue } = setup(hoursOffice, '2026-11-24T08:30:00+09:00');
    const closedAt = (local: string, serviceId: string) => {
      clock.set(seoul(local));
      const error = refusal(() => issue(serviceId));
      expect(error.code).toBe('SERVICE_NOT_OPEN');
      return error.extra.notOpen;
    };
    expect(closedAt('2026-11-24T08:30', 'passport')).toEqual({ reason: 'before-opening', opensAt: new Date(seoul('2026-11-24T09:00')).toISOString() });
    expect(closedAt('2026-11-24T12:10', 'passport')).toEqual({ reason: 'lunch', opensAt: new Date(seoul('2026-11-24T13:00')).toISOString() });
    // The holiday on Wednesday sends tomorrow's opening to Thursday.
    expect(closedAt('2026-11-24T17:10', 'passport')).toEqual({ reason: 'last-ticket-passed', opensAt: new Date(seoul('2026-11-26T09:00')).toISOString() });
    expect(closedAt('2026-11-25T10:00', 'resident-registration')).toMatchObject({ reason: 'holiday' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });

    clock.set(seoul('2026-11-26T09:00'));
    expect(issue('passport')).toMatchObject({ businessDay: '2026-11-26' });
  });

  it('another service stays open after one passes its last-ticket time', () => {
    const { clock, issue } = setup(hoursOffice, '2026-11-24T17:30:00+09:00');
    expect(refusal(() => issue('passport')).code).toBe('SERVICE_NOT_OPEN');
    expect(issue('resident-registration')).toMatchObject({ displayNumber: '1001' });
    clock.set(seoul('2026-11-24T18:00'));
    expect(refusal(() => issue('resident-registration')).extra.notOpen).toMatchObject({ reason: 'after-closing' });
  });
});
