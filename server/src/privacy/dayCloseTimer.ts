import { businessDayOf, SEOUL_OFFSET_MS } from '../../../shared/businessDay';
import type { Clock } from '../../../nodeShared/clock';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds from `nowMs` to the next `hour`:00 in Seoul. */
export function msUntilSeoulHour(nowMs: number, hour: number): number {
  const seoulMs = nowMs + SEOUL_OFFSET_MS;
  const todayAtHour = Math.floor(seoulMs / DAY_MS) * DAY_MS + hour * HOUR_MS;
  return (todayAtHour > seoulMs ? todayAtHour : todayAtHour + DAY_MS) - seoulMs;
}

/**
 * Closes the previous business day at `hour`:00 Seoul time every day, and once right away, so that
 * a server that was down at that hour catches up when it starts. `close` reports its own failures.
 */
export function scheduleDayClose(clock: Clock, hour: number, close: (before: string) => Promise<void>): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const run = () => {
    inFlight = close(businessDayOf(clock.now(), hour)).then(() => {
      if (stopped) return;
      timer = setTimeout(run, msUntilSeoulHour(clock.now(), hour));
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
