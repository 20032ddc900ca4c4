import type { Clock } from '../../../nodeShared/clock';

const HOUR_MS = 60 * 60 * 1000;

/** Milliseconds from `nowMs` to the next hour on the hour (Seoul's hours begin with UTC's). */
export function msUntilNextHour(nowMs: number): number {
  return HOUR_MS - (nowMs % HOUR_MS);
}

/**
 * Runs the day close at every hour on the hour, since an office's business day may start at any
 * of them, and once right away, so that a server that was down then catches up when it starts.
 * `close` finds which offices' days have ended and reports its own failures.
 */
export function scheduleDayClose(clock: Clock, close: () => Promise<void>): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const run = () => {
    inFlight = close().then(() => {
      if (stopped) return;
      timer = setTimeout(run, msUntilNextHour(clock.now()));
      timer.unref();
    });
  };
  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
