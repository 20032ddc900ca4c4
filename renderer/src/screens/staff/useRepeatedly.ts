import { useEffect } from 'react';

/**
 * Runs `task` now (or after the first pause) and again `everyMs` after each run ends, until the
 * component leaves; a slow answer never stacks a second call on top of it.
 */
export function useRepeatedly(task: () => Promise<void>, everyMs: number, { startNow }: { startNow: boolean }): void {
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      await task();
      if (!stopped) timer = setTimeout(() => void run(), everyMs);
    };
    if (startNow) void run();
    else timer = setTimeout(() => void run(), everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [task, everyMs, startNow]);
}
