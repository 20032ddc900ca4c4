import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { demoOffice } from '../office/demoOffice';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { callNext, completeService, markNoShow, recall, reinstate, setCounterState, startServing, transfer } from './calling';
import { issueTicket } from '../issuing/issueTicket';
import type { QueueContext } from './queueContext';
import { boardState, counterStatus } from '../views/queueViews';
import { liveEventsSince } from './liveEvents';
import { claimPrint, peopleAheadOf, recordPrintResult } from './tickets';
import { outboxRows } from './outboxRows';

const tempDir = useTempDirs();

function setup(office: OfficeConfig = demoOffice) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const clock = settableClock('2026-11-24T01:00:00Z');
  const ctx: QueueContext = { db, office: () => office, clock };
  const issue = (serviceId: string, priority = false) => issueTicket(db, office, clock, { serviceId, kind: 'paper', language: 'ko', priority }).ticket;
  const later = (seconds: number) => clock.set(clock.now() + seconds * 1000);
  return { db, clock, ctx, issue, later };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof KioskError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('calling the queue', () => {
  it('tells the board the language of the ticket it calls and recalls, so the call is said in it after Korean', () => {
    const { db, clock, ctx, later } = setup();
    issueTicket(db, demoOffice, clock, { serviceId: 'passport', kind: 'paper', language: 'vi', priority: false });
    setCounterState(ctx, 'counter-3', 'open');
    callNext(ctx, 'counter-3');
    later(30);
    recall(ctx, 'counter-3');
    const calls = liveEventsSince(db, 0).filter((event) => event.type === 'ticket.called' || event.type === 'ticket.recalled');
    expect(calls.map((event) => [event.type, event.ticket?.language])).toEqual([
      ['ticket.called', 'vi'],
      ['ticket.recalled', 'vi'],
    ]);
  });

  it('calls the counter’s services in issue order and finishes the previous ticket', () => {
    const { ctx, issue } = setup();
    issue('seal-certificate');
    issue('resident-registration');
    issue('passport');
    setCounterState(ctx, 'counter-1', 'open');
    expect(callNext(ctx, 'counter-1')).toMatchObject({ displayNumber: '1001', status: 'called', counterNumber: 1 });
    // Nothing changes when nobody waits: the ticket at the counter stays until Done.
    expect(codeOf(() => callNext(ctx, 'counter-1'))).toBe('QUEUE_EMPTY');
    expect(counterStatus(ctx, 'counter-1').current?.displayNumber).toBe('1001');
    setCounterState(ctx, 'counter-2', 'open');
    expect(callNext(ctx, 'counter-2').displayNumber).toBe('3001');
    completeService(ctx, 'counter-1');
    expect(counterStatus(ctx, 'counter-1').current).toBeNull();
  });

  it('refuses to call at a closed or paused counter, and an unknown counter', () => {
    const { ctx, issue } = setup();
    issue('passport');
    expect(codeOf(() => callNext(ctx, 'counter-3'))).toBe('COUNTER_NOT_OPEN');
    setCounterState(ctx, 'counter-3', 'paused');
    expect(codeOf(() => callNext(ctx, 'counter-3'))).toBe('COUNTER_NOT_OPEN');
    expect(codeOf(() => callNext(ctx, 'counter-9'))).toBe('UNKNOWN_COUNTER');
  });

  it('calls priority tickets first, but not past a normal ticket that waited beyond the starvation limit', () => {
    const { ctx, issue, later } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    issue('passport'); // 4001, normal
    later(60);
    issue('passport', true); // 4002, priority
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4002');
    completeService(ctx, 'counter-3');

    const starving = issue('passport'); // 4003
    later(21 * 60);
    issue('passport', true); // 4004, priority but 4001 and 4003 have waited > 20 minutes
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4001');
    expect(callNext(ctx, 'counter-3').displayNumber).toBe(starving.displayNumber);
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4004');
  });

  it('calls a priority ticket that waited past the starvation limit before older normal ones that did too', () => {
    const { ctx, issue, later } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    issue('passport'); // 4001, normal
    later(60);
    issue('passport', true); // 4002, priority
    later(21 * 60);
    // Both waited past the limit: a long line of starved normal tickets must not hold the priority one back all day.
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4002');
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4001');
  });

  it('neither calls nor counts ahead a paper ticket whose print failed; printed again, it is back in its place', () => {
    const { db, ctx, clock, issue } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    // The district mirror hears each move out of and back into the line, to count people ahead as the kiosk does.
    const printLineEvents = () =>
      outboxRows(db)
        .since(0, 1000)
        .filter((row) => row.event_type === 'ticket.print-failed' || row.event_type === 'ticket.reprinting')
        .map((row) => [row.event_type, row.ticket_id]);
    const abandoned = issue('passport'); // 4001: the printer failed and the resident walked away
    recordPrintResult(db, abandoned.id, false, clock.now());
    expect(printLineEvents()).toEqual([['ticket.print-failed', abandoned.id]]);
    const next = issue('passport'); // 4002
    expect(next.peopleAhead).toBe(0);
    expect(counterStatus(ctx, 'counter-3').queues[0]).toMatchObject({ serviceId: 'passport', waiting: 1 });
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4002');
    expect(codeOf(() => callNext(ctx, 'counter-3'))).toBe('QUEUE_EMPTY');

    const later = issue('passport'); // 4003
    expect(peopleAheadOf(db, later.id)).toBe(0);
    // Staff print it again: it goes back to the place its issue order gives it.
    claimPrint(db, abandoned.id, 'reprint', clock.now());
    recordPrintResult(db, abandoned.id, true, clock.now());
    expect(printLineEvents()).toEqual([
      ['ticket.print-failed', abandoned.id],
      ['ticket.reprinting', abandoned.id],
    ]);
    expect(peopleAheadOf(db, later.id)).toBe(1);
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4001');
  });

  it('limits the recall rate, and allows a no-show only after the configured recalls; the no-show can be reinstated', () => {
    const { ctx, issue, later } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    const ticket = issue('passport');
    issue('passport');
    callNext(ctx, 'counter-3');
    expect(codeOf(() => recall(ctx, 'counter-3'))).toBe('RECALL_TOO_SOON');
    expect(codeOf(() => markNoShow(ctx, 'counter-3'))).toBe('NOT_ENOUGH_RECALLS');
    later(10);
    expect(recall(ctx, 'counter-3').recallCount).toBe(1);
    later(10);
    recall(ctx, 'counter-3');
    expect(markNoShow(ctx, 'counter-3')).toMatchObject({ id: ticket.id, status: 'no_show' });
    expect(counterStatus(ctx, 'counter-3').noShows.map((t) => t.id)).toEqual([ticket.id]);

    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4002');
    expect(reinstate(ctx, 'counter-3', ticket.id)).toMatchObject({ status: 'waiting', recallCount: 0 });
    expect(callNext(ctx, 'counter-3').displayNumber).toBe('4001');
    expect(codeOf(() => reinstate(ctx, 'counter-3', ticket.id))).toBe('NOT_REINSTATABLE');
    expect(codeOf(() => recall(ctx, 'counter-1'))).toBe('NO_CURRENT_TICKET');
  });

  it('transfers a ticket to another service, keeping its place by issue time', () => {
    const { ctx, db, issue } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    const moved = issue('resident-registration');
    const later1 = issue('seal-certificate');
    issue('seal-certificate');
    callNext(ctx, 'counter-1');
    expect(transfer(ctx, 'counter-1', 'seal-certificate')).toMatchObject({ id: moved.id, serviceId: 'seal-certificate', status: 'waiting', displayNumber: '1001' });
    expect(peopleAheadOf(db, moved.id)).toBe(0);
    expect(peopleAheadOf(db, later1.id)).toBe(1);
    setCounterState(ctx, 'counter-2', 'open');
    expect(callNext(ctx, 'counter-2').id).toBe(moved.id);
    expect(codeOf(() => transfer(ctx, 'counter-2', 'no-such-service'))).toBe('UNKNOWN_SERVICE');
  });

  it('records serving and service times, and every action as a live event in order', () => {
    const { ctx, issue, later } = setup();
    setCounterState(ctx, 'counter-3', 'open');
    issue('passport');
    callNext(ctx, 'counter-3');
    later(30);
    expect(startServing(ctx, 'counter-3').status).toBe('serving');
    later(300);
    expect(completeService(ctx, 'counter-3').status).toBe('done');
    const events = liveEventsSince(ctx.db, 0);
    expect(events.map((e) => e.type)).toEqual(['counter.state', 'ticket.issued', 'ticket.called', 'ticket.serving', 'ticket.completed']);
    expect(events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(events[2]).toMatchObject({ ticket: { displayNumber: '4001', serviceId: 'passport' }, counterNumber: 3 });
    expect(liveEventsSince(ctx.db, 3).map((e) => e.id)).toEqual([4, 5]);
  });

  it('shows the board what is called where, the latest calls first, and waiting counts', () => {
    const { ctx, issue, later } = setup();
    setCounterState(ctx, 'counter-1', 'open');
    setCounterState(ctx, 'counter-3', 'open');
    issue('resident-registration');
    issue('passport');
    issue('passport');
    callNext(ctx, 'counter-3');
    later(1);
    callNext(ctx, 'counter-1');
    const board = boardState(ctx);
    expect(board.nowServing).toEqual([
      { counterNumber: 1, displayNumber: '1001', serviceId: 'resident-registration' },
      { counterNumber: 3, displayNumber: '4001', serviceId: 'passport' },
    ]);
    expect(board.recentCalls.map((c) => c.displayNumber)).toEqual(['1001', '4001']);
    expect(board.queues.find((q) => q.serviceId === 'passport')).toMatchObject({ waiting: 1 });
    expect(board.lastEventId).toBe(liveEventsSince(ctx.db, 0).at(-1)?.id);
  });
});
