import { useCallback } from 'react';
import type { KioskApi } from '../../../../shared/ipc/contract';
import type { Envelope } from '../../../../shared/result';
import { useFlow } from '../../flow/FlowContext';
import { kioskApi } from '../../kioskApi';

/**
 * A staff call made by a panel itself. When the session has locked meanwhile, the flow goes back
 * to the PIN screen and the panel gets nothing.
 */
export function useStaffCall(): <T>(call: (kiosk: KioskApi) => Promise<Envelope<T>>) => Promise<Envelope<T> | null> {
  const send = useFlow((s) => s.send);
  return useCallback(
    async <T,>(call: (kiosk: KioskApi) => Promise<Envelope<T>>) => {
      let answer: Envelope<T>;
      try {
        answer = await call(kioskApi());
      } catch (cause) {
        answer = { ok: false, error: { code: 'INTERNAL', message: String(cause) } };
      }
      if (!answer.ok && answer.error.code === 'STAFF_LOCKED') {
        send({ type: 'staffCallFailed', error: answer.error });
        return null;
      }
      return answer;
    },
    [send],
  );
}
