import { describe, expect, it } from 'vitest';
import { deskMinutesByService, learnDeskTime, type FinishedAtDesk } from './deskTimes';

const MINUTE = 60_000;
const finished = (calledMinute: number, finishedMinute: number, next?: { calledMinute: number; issuedMinute: number }): FinishedAtDesk => ({
  calledAtMs: calledMinute * MINUTE,
  finishedAtMs: finishedMinute * MINUTE,
  nextCalledAtMs: next ? next.calledMinute * MINUTE : null,
  nextIssuedAtMs: next ? next.issuedMinute * MINUTE : null,
});

describe('desk minutes per ticket', () => {
  it('runs to the next call when the desk went straight on, else to the finish plus the typical turnaround', () => {
    const minutes = deskMinutesByService(
      new Map([
        // Newest first: the desk's next resident was already waiting, called 1 min after the finish.
        ['seal', [finished(20, 24, { calledMinute: 25, issuedMinute: 10 }), finished(10, 13, { calledMinute: 15, issuedMinute: 5 })]],
        // Nobody was waiting when it finished (the next ticket came later), and a desk that paused 30 min.
        ['passport', [finished(30, 45, { calledMinute: 60, issuedMinute: 50 }), finished(0, 12, { calledMinute: 42, issuedMinute: 1 })]],
      ]),
    );
    // Turnarounds seen: 1 and 2 min; the typical one (the upper median) is 2.
    expect(minutes.get('seal')).toEqual([5, 5]);
    expect(minutes.get('passport')).toEqual([17, 14]);
  });

  it('gives no turnaround at all when no desk went straight on', () => {
    expect(deskMinutesByService(new Map([['seal', [finished(0, 4)]]])).get('seal')).toEqual([4]);
  });
});

describe('learning a service\'s desk time', () => {
  it('caps one early whale at a few times the typical desk time, not at a multiple of its own value', () => {
    // The day's first passport took two hours (a hard case): alone, it would set every passport forecast to ~40 min.
    const learned = learnDeskTime([120], [], 12);
    expect(learned.meanMinutes).toBeCloseTo((3 * 12 + 4 * 12) / 4, 10);
    expect(Math.sqrt(learned.varianceMinutes2)).toBeLessThan(20);
  });

  it('keeps a day that really runs long: its own median moves the cap', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 30 + (i % 5));
    expect(learnDeskTime(samples, [], 12).meanMinutes).toBeGreaterThan(28);
  });
});
