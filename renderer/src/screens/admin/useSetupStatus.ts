import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { kioskApi } from '../../kioskApi';
import { setupScreen } from '../splitScreens';

type SetupStatus = { kind: 'checking' } | { kind: 'needed'; status: ResponseOf<'getSetupStatus'> } | { kind: 'done' };

/** Whether this kiosk still needs its first-run setup; a failed check leaves the resident flow to show its own error. */
export function useSetupStatus(): { setup: SetupStatus; finished: () => void } {
  const [setup, setSetup] = useState<SetupStatus>({ kind: 'checking' });
  useEffect(() => {
    let current = true;
    void kioskApi()
      .getSetupStatus({})
      .then((answer) => {
        const needed = answer.ok && answer.value.needed;
        if (needed) void setupScreen.preload();
        if (current) setSetup(needed ? { kind: 'needed', status: answer.value } : { kind: 'done' });
      })
      .catch(() => current && setSetup({ kind: 'done' }));
    return () => {
      current = false;
    };
  }, []);
  return { setup, finished: useCallback(() => setSetup({ kind: 'done' }), []) };
}
