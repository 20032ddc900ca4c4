/**
 * Notices a hung kiosk page (alive, but its main thread no longer runs) fast enough to have it back
 * on the start screen within 2 s (issue 9). Electron's own `unresponsive` event comes only after
 * several seconds, and only once someone touches the screen.
 *
 * Main asks the page for an answer that only the page's own main thread can give (Electron's
 * executeJavaScript, Playwright's evaluate in the bridge), one question at a time.
 *
 * - Ask every PING_EVERY_MS: a page that hangs is asked within 100 ms of hanging.
 * - Hung after DEADLINE_MS without an answer. A healthy kiosk page never blocks its thread this long
 *   once loaded: screens are small React trees and the heavy part (parsing the bundle, ~0.8 s on a
 *   slow machine) is the load itself, which is not watched (see `pause`/`watch`). Half a second
 *   unanswered is also already a tap that visibly did nothing. Longer would not leave room in the
 *   2 s for the cold load of the new page (~1 s p50 on a quiet machine, `npm run bench`); the
 *   bench's normal-flow row counts false restarts and shows the slowest answer to justify it.
 * - Except in the page's first SETTLING_MS after a load: its first render, fonts and lazy screens
 *   make that its heaviest time (a 0.7 s task was seen there at load 11 on two cores), and a page
 *   that hangs while starting will hang again after a reload, so there the deadline is SETTLING_MS.
 * - When the watchdog itself ran late by more than STALL_MS (its process was descheduled on a
 *   loaded machine, or the machine slept), an answer may be waiting unread in its own queue: the
 *   page gets a fresh deadline instead of being blamed for the watchdog's stall.
 */
export const PING_EVERY_MS = 100;
export const DEADLINE_MS = 600;
export const STALL_MS = 250;
export const SETTLING_MS = 3_000;

export interface PingablePage {
  /** Resolves once the page's main thread has answered. A rejection counts as no answer. */
  ping(): Promise<unknown>;
}

export interface PageWatchdog {
  /** The page has loaded: from now on it answers within the deadline or is reported hung. */
  watch(): void;
  /** The page is loading again, or gone: nothing is asked until `watch`. */
  pause(): void;
}

export interface WatchdogTiming {
  /** A monotonic clock in ms. */
  now(): number;
}

const monotonic: WatchdogTiming = { now: () => performance.now() };

/**
 * Asks `page` every PING_EVERY_MS while watched; calls `onHung` once with how long the page has been
 * silent when an answer is DEADLINE_MS late, then pauses until told to `watch` the next page.
 */
export function createPageWatchdog(page: PingablePage, onHung: (silentMs: number) => void, timing: WatchdogTiming = monotonic): PageWatchdog {
  let timer: ReturnType<typeof setInterval> | undefined;
  // Answers to questions asked before the last pause are about a page that is no longer watched.
  let generation = 0;
  let askedAt: number | null = null;
  let lastTickAt = 0;
  let watchedAt = 0;

  const ask = () => {
    const asked = generation;
    askedAt = timing.now();
    page.ping().then(
      () => {
        if (asked === generation) askedAt = null;
      },
      () => undefined,
    );
  };

  const tick = () => {
    const now = timing.now();
    const stalled = now - lastTickAt > PING_EVERY_MS + STALL_MS;
    lastTickAt = now;
    if (askedAt === null) return ask();
    if (stalled) {
      askedAt = now;
      return;
    }
    const deadline = askedAt < watchedAt + SETTLING_MS ? SETTLING_MS : DEADLINE_MS;
    if (now - askedAt < deadline) return;
    const silentMs = now - askedAt;
    pause();
    onHung(silentMs);
  };

  const pause = () => {
    generation += 1;
    askedAt = null;
    if (timer) clearInterval(timer);
    timer = undefined;
  };

  return {
    watch() {
      pause();
      watchedAt = lastTickAt = timing.now();
      ask();
      timer = setInterval(tick, PING_EVERY_MS);
      // The watchdog never keeps a process alive by itself (the bridge in tests, main while quitting).
      timer.unref?.();
    },
    pause,
  };
}
