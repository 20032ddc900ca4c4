import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { callNext, completeService, setCounterState, startServing } from '../queue/calling';
import { issueTicket } from '../issuing/issueTicket';
import type { QueueContext } from '../queue/queueContext';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { peopleAheadOf, waitingPositions } from '../queue/tickets';
import { estimateForNewcomer, estimateForTicket, estimatesForWaiting } from './estimateFromQueue';

const tempDir = useTempDirs();

// Demo office: counter-1 calls resident-registration (default 4 min) and family-relations (5 min),
// counter-2 resident-registration and seal-certificate, counter-3 only passport.
function setup() {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock('2026-11-24T01:00:00Z' /* 10:00 KST */);
  const ctx: QueueContext = { db, office: () => demoOffice, clock };
  const issue = (serviceId: string, priority = false) => issueTicket(db, demoOffice, clock, { serviceId, kind: 'paper', language: 'ko', priority }).ticket;
  const minutesLater = (minutes: number) => clock.set(clock.now() + minutes * 60_000);
  return { ctx, issue, minutesLater };
}

describe('wait estimates from the queue', () => {
  it('is unknown while no counter of the service is open', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    const passport = issue('passport');
    expect(estimateForTicket(ctx, passport.id)).toEqual({ kind: 'unknown' });
    expect(estimateForNewcomer(ctx, 'passport')).toEqual({ kind: 'unknown' });
    setCounterState(ctx, 'counter-3', 'paused');
    expect(estimateForNewcomer(ctx, 'passport')).toEqual({ kind: 'unknown' });
    setCounterState(ctx, 'counter-3', 'open');
    expect(estimateForNewcomer(ctx, 'passport')).toEqual({ kind: 'range', minMinutes: 9, maxMinutes: 40 });
  });

  it('counts the other services’ tickets its counters call first', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    for (let i = 0; i < 3; i += 1) issue('resident-registration');
    const family = issue('family-relations');
    // (3 × 4 + 5 / 2) min = 14.5 min on one counter, from defaults → 7.25–29 → 7–30.
    expect(estimateForTicket(ctx, family.id)).toEqual({ kind: 'range', minMinutes: 7, maxMinutes: 30 });
  });

  it('divides the line over every open counter that shares it', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    setCounterState(ctx, 'counter-2', 'open');
    for (let i = 0; i < 3; i += 1) issue('resident-registration');
    const family = issue('family-relations');
    // Counter-2 takes resident-registration tickets too: 14.5 min over two counters → 3.6–14.5 → 3–15.
    expect(estimateForTicket(ctx, family.id)).toEqual({ kind: 'range', minMinutes: 3, maxMinutes: 15 });
  });

  it('puts waiting priority tickets ahead of a normal one, and only earlier ones ahead of a priority one', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    const first = issue('resident-registration');
    expect(estimateForTicket(ctx, first.id)).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 5 });
    const helped = issue('resident-registration', true);
    // (1 × 4 + 4 / 2) min = 6 min → 3–12 → 3–15.
    expect(estimateForTicket(ctx, first.id)).toEqual({ kind: 'range', minMinutes: 3, maxMinutes: 15 });
    expect(estimateForTicket(ctx, helped.id)).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 5 });
  });

  it('leaves tickets already at a counter out of the line', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    issue('resident-registration');
    const second = issue('resident-registration');
    const before = estimateForTicket(ctx, second.id);
    callNext(ctx, 'counter-1');
    expect(estimateForTicket(ctx, second.id)).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 5 });
    expect(before).not.toEqual(estimateForTicket(ctx, second.id));
  });

  it('gives a newcomer the place behind everyone waiting', () => {
    const { ctx, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    issue('family-relations');
    issue('resident-registration', true);
    const shown = estimateForNewcomer(ctx, 'resident-registration');
    expect(estimateForTicket(ctx, issue('resident-registration').id)).toEqual(shown);
    expect(estimateForTicket(ctx, 'no-such-ticket')).toEqual({ kind: 'unknown' });
  });

  it('switches from the configured default to the day’s service times', () => {
    const { ctx, issue, minutesLater } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    for (let i = 0; i < 5; i += 1) {
      issue('family-relations');
      callNext(ctx, 'counter-1');
      startServing(ctx, 'counter-1');
      minutesLater(20);
      completeService(ctx, 'counter-1');
    }
    for (let i = 0; i < 4; i += 1) issue('family-relations');
    // (4 + ½) × 20 min measured = 90 min → 63–126 → 60–150, where the 5-minute default said 10–45.
    expect(estimateForNewcomer(ctx, 'family-relations')).toEqual({ kind: 'range', minMinutes: 60, maxMinutes: 150 });
  });

  it('gives every waiting ticket, in one pass, the same estimate and position as one by one', () => {
    const { ctx, issue, minutesLater } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    setCounterState(ctx, 'counter-2', 'open');
    const services = ['resident-registration', 'family-relations', 'seal-certificate', 'passport'];
    for (let i = 0; i < 40; i += 1) {
      issue(services[i % services.length], i % 7 === 3);
      if (i % 5 === 4) {
        callNext(ctx, 'counter-1');
        minutesLater(3);
        completeService(ctx, 'counter-1');
      }
    }
    const waiting = (ctx.db.prepare(`SELECT id FROM tickets WHERE status = 'waiting'`).all() as { id: string }[]).map((r) => r.id);
    const batch = estimatesForWaiting(ctx);
    const positions = waitingPositions(ctx.db, '2026-11-24');
    expect(batch.size).toBe(waiting.length);
    for (const id of waiting) {
      expect(batch.get(id)).toEqual(estimateForTicket(ctx, id));
      expect(positions.get(id)).toBe(peopleAheadOf(ctx.db, id));
    }
  });
});
