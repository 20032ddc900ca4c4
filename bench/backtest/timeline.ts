import type { SettableClock } from '../../nodeShared/clock';

interface Scheduled {
  atMs: number;
  order: number;
  action: () => unknown;
}

/**
 * A discrete-event timeline: actions run in time order (ties in the order scheduled) with the clock
 * set to their instant, rounded to whole milliseconds as the database stores them. The backtest
 * runs it at once on a settable clock; the demo's office day takes one event at a time in real time.
 */
export interface Timeline {
  at(atMs: number, action: () => unknown): void;
  run(clock: SettableClock): void;
  /** Removes and returns the earliest event, if any. */
  next(): { atMs: number; action: () => unknown } | undefined;
}

export function createTimeline(): Timeline {
  const pending: Scheduled[] = [];
  let scheduled = 0;
  const runsBefore = (a: Scheduled, b: Scheduled) => a.atMs < b.atMs || (a.atMs === b.atMs && a.order < b.order);

  return {
    at(atMs, action) {
      const item = { atMs: Math.round(atMs), order: scheduled++, action };
      let low = 0;
      let high = pending.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (runsBefore(pending[mid], item)) low = mid + 1;
        else high = mid;
      }
      pending.splice(low, 0, item);
    },
    run(clock) {
      for (let next = pending.shift(); next; next = pending.shift()) {
        clock.set(next.atMs);
        next.action();
      }
    },
    next: () => pending.shift(),
  };
}
