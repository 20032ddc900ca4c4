import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../../shared/queue';
import { createCallFilter } from './callFilter';

function event(id: number, type: LiveEvent['type'], displayNumber = '1023', counterNumber: number | null = 3): LiveEvent {
  return { id, type, at: '2026-03-02T01:00:00.000Z', ticket: { id: `t-${displayNumber}`, displayNumber, serviceId: 'resident' }, counterNumber };
}

const numbers = (announcements: { displayNumber: string; kind: string }[]) => announcements.map((a) => `${a.kind}:${a.displayNumber}`);

describe('createCallFilter', () => {
  it('announces calls and recalls, nothing else', () => {
    const filter = createCallFilter();
    filter.snapshot(10);
    expect(numbers(filter.event(event(11, 'ticket.issued')))).toEqual([]);
    expect(numbers(filter.event(event(12, 'ticket.called')))).toEqual(['call:1023']);
    expect(numbers(filter.event(event(13, 'ticket.recalled')))).toEqual(['recall:1023']);
    expect(numbers(filter.event(event(14, 'ticket.serving')))).toEqual([]);
    expect(filter.event({ ...event(15, 'ticket.called'), counterNumber: null })).toEqual([]);
  });

  it('keeps the counter, the event id and the ticket language with the call (Korean when the event has none)', () => {
    const filter = createCallFilter();
    filter.snapshot(0);
    expect(filter.event(event(1, 'ticket.called', '1024', 5))).toEqual([
      { eventId: 1, kind: 'call', displayNumber: '1024', counterNumber: 5, language: 'ko' },
    ]);
    const chinese = event(2, 'ticket.called', '1025', 5);
    expect(filter.event({ ...chinese, ticket: { ...chinese.ticket!, language: 'zh' } })).toEqual([
      { eventId: 2, kind: 'call', displayNumber: '1025', counterNumber: 5, language: 'zh' },
    ]);
  });

  it('holds events back until the first board state, then announces only the newer ones', () => {
    const filter = createCallFilter();
    expect(filter.event(event(8, 'ticket.called', '1001'))).toEqual([]);
    expect(filter.event(event(9, 'ticket.called', '1002'))).toEqual([]);
    expect(numbers(filter.snapshot(8))).toEqual(['call:1002']);
  });

  it('never announces the same event twice, as when a reconnected stream replays', () => {
    const filter = createCallFilter();
    filter.snapshot(0);
    filter.event(event(1, 'ticket.called'));
    filter.event(event(2, 'ticket.recalled'));
    expect(filter.event(event(2, 'ticket.recalled'))).toEqual([]);
    expect(filter.event(event(1, 'ticket.called'))).toEqual([]);
    expect(numbers(filter.event(event(3, 'ticket.recalled')))).toEqual(['recall:1023']);
  });

  it('does not replay the day after a reload: calls already in the first state stay quiet', () => {
    const filter = createCallFilter();
    filter.snapshot(500);
    expect(filter.event(event(499, 'ticket.called'))).toEqual([]);
  });

  it('follows a server that started counting again, instead of going silent', () => {
    const filter = createCallFilter();
    filter.snapshot(0);
    filter.event(event(900, 'ticket.called'));
    expect(filter.snapshot(2)).toEqual([]);
    expect(numbers(filter.event(event(3, 'ticket.called', '1100')))).toEqual(['call:1100']);
  });
});
