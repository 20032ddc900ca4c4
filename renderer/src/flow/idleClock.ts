/** How long before the idle return the kiosk starts warning, for a screen that waits `idleMs`. */
export function idleWarningMs(idleMs: number): number {
  return Math.min(20_000, Math.floor(idleMs / 2));
}

type IdleClockCallbacks = {
  /** Whole seconds left while the warning shows; null when it goes away. */
  onWarning: (secondsLeft: number | null) => void;
  onTimeout: () => void;
};

/**
 * Counts down to the idle return: silent at first, then a warning that ticks every second.
 * `extend` (any touch or key) starts the whole wait again and takes the warning away.
 */
export function startIdleClock(idleMs: number, { onWarning, onTimeout }: IdleClockCallbacks) {
  const warningMs = idleWarningMs(idleMs);
  let deadline = 0;
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let warning = false;

  const stopTimers = () => {
    clearTimeout(warnTimer);
    clearInterval(tick);
  };
  const secondsLeft = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const onTick = () => {
    if (Date.now() >= deadline) {
      stopTimers();
      onTimeout();
      return;
    }
    onWarning(secondsLeft());
  };
  const start = () => {
    deadline = Date.now() + idleMs;
    warnTimer = setTimeout(() => {
      warning = true;
      onWarning(secondsLeft());
      tick = setInterval(onTick, 1000);
    }, idleMs - warningMs);
  };

  start();
  return {
    extend: () => {
      stopTimers();
      if (warning) {
        warning = false;
        onWarning(null);
      }
      start();
    },
    stop: stopTimers,
  };
}
