export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface SettableClock extends Clock {
  set(instant: string | number): void;
}

/** A clock that stands still until set: simulated office days (bench, demo) and tests decide what time it is. */
export function settableClock(initial: string | number): SettableClock {
  let now = typeof initial === 'string' ? Date.parse(initial) : initial;
  return {
    now: () => now,
    set(instant) {
      now = typeof instant === 'string' ? Date.parse(instant) : instant;
    },
  };
}
