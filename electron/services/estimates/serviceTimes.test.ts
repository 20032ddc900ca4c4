import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { callNext, completeService, recall, markNoShow, setCounterState, startServing } from '../queue/calling';
import { issueTicket } from '../issuing/issueTicket';
import type { QueueContext } from '../queue/queueContext';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { recentServiceMinutes } from './serviceTimes';

const tempDir = useTempDirs();
const DAY = '2026-11-24';

function setup() {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock('2026-11-24T01:00:00Z' /* 10:00 KST */);
  const ctx: QueueContext = { db, office: () => demoOffice, clock };
  const minutesLater = (minutes: number) => clock.set(clock.now() + minutes * 60_000);
  const issue = (serviceId: string) => issueTicket(db, demoOffice, clock, { serviceId, kind: 'paper', language: 'ko' }).ticket;
  /** Calls the next ticket at counter-1, walks up for `walkUp` minutes, is served for `service` minutes. */
  const serve = (walkUp: number, service: number) => {
    callNext(ctx, 'counter-1');
    minutesLater(walkUp);
    startServing(ctx, 'counter-1');
    minutesLater(service);
    return completeService(ctx, 'counter-1');
  };
  setCounterState(ctx, 'counter-1', 'open');
  return { db, ctx, clock, minutesLater, issue, serve };
}

describe('recentServiceMinutes', () => {
  it('measures done tickets from "serving" to "done", newest first', () => {
    const { db, issue, serve } = setup();
    for (let i = 0; i < 3; i += 1) issue('resident-registration');
    serve(1, 4);
    serve(2, 6.5);
    serve(0.5, 3);
    expect(recentServiceMinutes(db, DAY, 'resident-registration')).toEqual([3, 6.5, 4]);
  });

  it('measures from the call when the counter never pressed "serving"', () => {
    const { db, ctx, issue, minutesLater } = setup();
    issue('family-relations');
    issue('family-relations');
    callNext(ctx, 'counter-1');
    minutesLater(7);
    callNext(ctx, 'counter-1');
    expect(recentServiceMinutes(db, DAY, 'family-relations')).toEqual([7]);
  });

  it('reads only the service and day asked for, and only tickets served to the end', () => {
    const { db, ctx, clock, issue, serve, minutesLater } = setup();
    issue('family-relations');
    issue('resident-registration');
    issue('resident-registration');
    serve(0, 5);
    serve(0, 2);
    callNext(ctx, 'counter-1');
    minutesLater(1);
    recall(ctx, 'counter-1');
    minutesLater(1);
    recall(ctx, 'counter-1');
    markNoShow(ctx, 'counter-1');
    issue('resident-registration');
    callNext(ctx, 'counter-1');

    expect(recentServiceMinutes(db, DAY, 'family-relations')).toEqual([5]);
    expect(recentServiceMinutes(db, DAY, 'resident-registration')).toEqual([2]);
    clock.set('2026-11-25T01:00:00Z');
    issue('family-relations');
    serve(0, 9);
    expect(recentServiceMinutes(db, DAY, 'family-relations')).toEqual([5]);
    expect(recentServiceMinutes(db, '2026-11-25', 'family-relations')).toEqual([9]);
  });

  it('returns at most `limit` samples', () => {
    const { db, issue, serve } = setup();
    for (let i = 1; i <= 25; i += 1) issue('resident-registration');
    for (let i = 1; i <= 25; i += 1) serve(0, i);
    expect(recentServiceMinutes(db, DAY, 'resident-registration')).toHaveLength(20);
    expect(recentServiceMinutes(db, DAY, 'resident-registration', 3)).toEqual([25, 24, 23]);
  });

  it('skips a span the wall clock made negative', () => {
    const { db, issue, serve } = setup();
    issue('resident-registration');
    issue('resident-registration');
    serve(0, 4);
    const { id } = serve(0, 4);
    db.prepare('UPDATE tickets SET finished_at_ms = serving_started_at_ms - 60000 WHERE id = ?').run(id);
    expect(recentServiceMinutes(db, DAY, 'resident-registration')).toEqual([4]);
  });
});
