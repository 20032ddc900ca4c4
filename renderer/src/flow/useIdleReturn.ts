import { useCallback, useEffect, useRef, useState } from 'react';
import { idleTimeoutMs } from './flowMachine';
import type { FlowState } from './flowTypes';
import { startIdleClock } from './idleClock';

// pointerup, not pointerdown: taking the warning away moves the controls below it, and a tap whose
// press and release land on different places is no click, so the tap that extends would be lost.
const activityEvents = ['pointerup', 'keydown', 'wheel'] as const;

/**
 * Returns the kiosk to start when nobody has touched it for the screen's idle time, after a
 * visible countdown. Any touch or key restarts the wait, and so does every change of state (an
 * answer from the printer counts). Gives the seconds left while the warning shows (else null)
 * and a way to extend the time from a "more time" control.
 */
export function useIdleReturn(state: FlowState, modesOn: boolean, returnToStart: () => void) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const clockRef = useRef<ReturnType<typeof startIdleClock> | null>(null);
  useEffect(() => {
    setSecondsLeft(null);
    const ms = idleTimeoutMs(state, modesOn);
    if (ms === null) return;
    const clock = startIdleClock(ms, { onWarning: setSecondsLeft, onTimeout: returnToStart });
    clockRef.current = clock;
    for (const name of activityEvents) window.addEventListener(name, clock.extend, { capture: true, passive: true });
    return () => {
      clock.stop();
      clockRef.current = null;
      for (const name of activityEvents) window.removeEventListener(name, clock.extend, { capture: true });
    };
  }, [state, modesOn, returnToStart]);
  const extend = useCallback(() => clockRef.current?.extend(), []);
  return { secondsLeft, extend };
}
