import type { Clock } from '../../../nodeShared/clock';

export interface SettableClock extends Clock {
  set(instant: string | number): void;
}

export function settableClock(initial: string | number): SettableClock {
  let now = typeof initial === 'string' ? Date.parse(initial) : initial;
  return {
    now: () => now,
    set(instant) {
      now = typeof instant === 'string' ? Date.parse(instant) : instant;
    },
  };
}
