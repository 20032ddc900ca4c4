import { useCallback, useState } from 'react';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import type { Envelope } from '../../../../shared/result';

type SetupStatus = { kind: 'needed'; status: ResponseOf<'getSetupStatus'> } | { kind: 'done' };

/** Whether this kiosk still needs its first-run setup; a failed check leaves the resident flow to show its own error. */
export function useSetupStatus(answer: Envelope<ResponseOf<'getSetupStatus'>>): { setup: SetupStatus; finished: () => void } {
  const [setup, setSetup] = useState<SetupStatus>(() => (answer.ok && answer.value.needed ? { kind: 'needed', status: answer.value } : { kind: 'done' }));
  return { setup, finished: useCallback(() => setSetup({ kind: 'done' }), []) };
}
