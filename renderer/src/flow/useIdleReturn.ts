import { useEffect } from 'react';
import { idleTimeoutMs } from './flowMachine';
import type { FlowState } from './flowTypes';

const activityEvents = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Returns the kiosk to start when nobody has touched it for the screen's idle time. Any touch or
 * key restarts the wait, and so does every change of state (an answer from the printer counts).
 */
export function useIdleReturn(state: FlowState, returnToStart: () => void): void {
  useEffect(() => {
    const ms = idleTimeoutMs(state);
    if (ms === null) return;
    let timer = window.setTimeout(returnToStart, ms);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(returnToStart, ms);
    };
    for (const name of activityEvents) window.addEventListener(name, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart, { capture: true });
    };
  }, [state, returnToStart]);
}
