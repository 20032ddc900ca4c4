import type { SettableClock } from '../../electron/services/testSupport/fakeClock';

interface Scheduled {
  atMs: number;
  order: number;
  action: () => void;
}

/**
 * A discrete-event timeline: actions run in time order (ties in the order scheduled) with the clock
 * set to their instant, rounded to whole milliseconds as the database stores them.
 */
export interface Timeline {
  at(atMs: number, action: () => void): void;
  run(clock: SettableClock): void;
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
  };
}
