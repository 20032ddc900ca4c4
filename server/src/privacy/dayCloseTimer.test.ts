import { describe, expect, it, vi } from 'vitest';
import { msUntilSeoulHour, scheduleDayClose } from './dayCloseTimer';

const HOUR = 60 * 60 * 1000;

describe('msUntilSeoulHour', () => {
  it.each([
    ['2026-03-02T18:00:00Z', 1 * HOUR], // 03:00 Seoul
    ['2026-03-02T19:00:00Z', 24 * HOUR], // 04:00 Seoul exactly: the next one is tomorrow
    ['2026-03-02T01:30:00Z', 17.5 * HOUR], // 10:30 Seoul
  ])('from %s to 04:00 Seoul is %d ms', (now, expected) => {
    expect(msUntilSeoulHour(Date.parse(now), 4)).toBe(expected);
  });
});

describe('scheduleDayClose', () => {
  it('closes at once on start, then at every 04:00 Seoul, naming the business day that has just begun', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T18:30:00Z') });
    try {
      const closed: string[] = [];
      const schedule = scheduleDayClose({ now: () => Date.now() }, 4, async (before) => void closed.push(before));
      await vi.advanceTimersByTimeAsync(0);
      expect(closed).toEqual(['2026-03-02']);
      await vi.advanceTimersByTimeAsync(30 * 60 * 1000);
      expect(closed).toEqual(['2026-03-02', '2026-03-03']);
      await vi.advanceTimersByTimeAsync(24 * HOUR);
      expect(closed).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
      await schedule.stop();
      await vi.advanceTimersByTimeAsync(48 * HOUR);
      expect(closed).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
