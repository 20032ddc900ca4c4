import { describe, expect, it, vi } from 'vitest';
import { msUntilNextHour, scheduleDayClose } from './dayCloseTimer';

const HOUR = 60 * 60 * 1000;

describe('msUntilNextHour', () => {
  it.each([
    ['2026-03-02T18:00:00Z', 1 * HOUR], // 03:00 Seoul exactly: the next one is 04:00
    ['2026-03-02T18:59:59Z', 1000],
    ['2026-03-02T01:30:00Z', 0.5 * HOUR], // 10:30 Seoul
  ])('from %s to the next hour is %d ms', (now, expected) => {
    expect(msUntilNextHour(Date.parse(now))).toBe(expected);
  });
});

describe('scheduleDayClose', () => {
  it('closes at once on start, then at every hour on the hour', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T18:30:00Z') });
    try {
      const closedAt: string[] = [];
      const schedule = scheduleDayClose({ now: () => Date.now() }, async () => void closedAt.push(new Date().toISOString().slice(11, 16)));
      await vi.advanceTimersByTimeAsync(0);
      expect(closedAt).toEqual(['18:30']);
      await vi.advanceTimersByTimeAsync(30 * 60 * 1000);
      expect(closedAt).toEqual(['18:30', '19:00']);
      await vi.advanceTimersByTimeAsync(2 * HOUR);
      expect(closedAt).toEqual(['18:30', '19:00', '20:00', '21:00']);
      await schedule.stop();
      await vi.advanceTimersByTimeAsync(48 * HOUR);
      expect(closedAt).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
