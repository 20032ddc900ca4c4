import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useFlow } from '../flow/FlowContext';
import { coreAvailability, kioskApi } from '../kioskApi';
import { Busy } from './parts';

const CHECK_EVERY_MS = 500;

/** True while the wait screen covers the kiosk: what is under it is inert (no focus, no taps, not read out). */
export function useCoreRestarting(): boolean {
  return useStore(coreAvailability, (s) => s.restarting);
}

/**
 * While the kiosk's core process starts again, a calm screen covers everything; once the core
 * answers, the kiosk is back on its start screen (whatever was under way was not acknowledged,
 * so the resident simply starts again).
 */
export function CoreRestartingScreen() {
  const restarting = useCoreRestarting();
  const reset = useFlow((s) => s.reset);
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!restarting) return;
    heading.current?.focus();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const check = async () => {
      const answer = await kioskApi()
        .getSetupStatus({})
        .catch(() => null);
      if (stopped) return;
      if (answer?.ok) {
        reset();
        coreAvailability.setState({ restarting: false });
      } else {
        timer = setTimeout(() => void check(), CHECK_EVERY_MS);
      }
    };
    timer = setTimeout(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [restarting, reset]);

  if (!restarting) return null;
  return (
    <div className="core-wait" role="alertdialog" aria-modal="true" aria-labelledby="core-wait-title" data-testid="core-restarting">
      <h1 id="core-wait-title" ref={heading} tabIndex={-1}>
        {t('app.coreWaitTitle')}
      </h1>
      <Busy label={t('app.coreWaitBody')} />
    </div>
  );
}
