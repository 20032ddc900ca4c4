import type { Logger } from '../../nodeShared/logger';
import { createPageWatchdog, type WatchdogTiming } from '../services/kiosk/pageWatchdog';

/**
 * The kiosk window as its recovery sees it. Electron's BrowserWindow in main, a browser context's
 * page in the e2e bridge: both wire the same decisions below.
 */
export interface RecoverableWindow {
  /** `render-process-gone`, with Electron's reason ('crashed', 'oom', 'killed', 'clean-exit', …). */
  onRendererGone(listener: (reason: string) => void): void;
  /** The page stopped answering input (Electron's `unresponsive`): the slow backstop behind the watchdog. */
  onUnresponsive(listener: () => void): void;
  /** The page starts loading (a navigation of the main frame): the watchdog waits for the load. */
  onPageLoading(listener: () => void): void;
  /** The page has loaded: the watchdog asks it for answers from now on. */
  onPageLoaded(listener: () => void): void;
  /** Resolves once the page's main thread has run a trivial script (the watchdog's question). */
  ping(): Promise<unknown>;
  /** Loads the start page into the window again: a new renderer, the start screen. */
  showStartScreen(): Promise<unknown>;
  /** Ends a hung renderer, which then counts as gone. */
  endRenderer(): void;
}

export interface RecoveryTiming extends WatchdogTiming {
  /** A monotonic clock in ms: crashes within a minute, the watchdog's deadlines. */
  now(): number;
  /** Waits before loading the page again (only a page that keeps crashing is made to wait). */
  wait(ms: number): Promise<void>;
}

/** A page that dies this often within a minute is not coming back by itself: give the machine a breath between tries. */
const CRASHES_BEFORE_BACKOFF = 3;
const CRASH_WINDOW_MS = 60_000;
export const CRASH_BACKOFF_MS = 10_000;

const realTiming: RecoveryTiming = { now: () => performance.now(), wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * A crashed or hung page must not leave a resident in front of a dead screen. The queue lives in
 * the core process, so a new page loses nothing acknowledged: it opens on the start screen and
 * reads the queue again. A hung page is ended so it comes back the same way: the page watchdog
 * notices it within a second, Electron's `unresponsive` stays as the backstop.
 */
export function keepKioskWindowAlive(window: RecoverableWindow, log: Logger, timing: RecoveryTiming = realTiming): void {
  const recentCrashes: number[] = [];
  const endHungPage = (why: string) => {
    log.warn(`The kiosk page ${why}: ending it so it starts again`);
    watchdog.pause();
    window.endRenderer();
  };
  const watchdog = createPageWatchdog(window, (silentMs) => endHungPage(`has not answered for ${Math.round(silentMs)} ms`), timing);
  window.onPageLoading(() => watchdog.pause());
  window.onPageLoaded(() => watchdog.watch());
  window.onRendererGone((reason) => {
    watchdog.pause();
    // The window closing as the app quits.
    if (reason === 'clean-exit') return;
    const now = timing.now();
    recentCrashes.push(now);
    while (recentCrashes.length > 0 && recentCrashes[0] <= now - CRASH_WINDOW_MS) recentCrashes.shift();
    const delayMs = recentCrashes.length > CRASHES_BEFORE_BACKOFF ? CRASH_BACKOFF_MS : 0;
    log.error(`The kiosk page's renderer is gone (${reason}): opening the start screen again${delayMs ? ` in ${delayMs / 1000} s` : ''}`);
    void (async () => {
      if (delayMs) await timing.wait(delayMs);
      await window.showStartScreen();
    })().catch((error: unknown) => log.error(`The start screen did not load again: ${error instanceof Error ? error.message : String(error)}`));
  });
  window.onUnresponsive(() => endHungPage('stopped answering input'));
}
