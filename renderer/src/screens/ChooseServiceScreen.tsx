import { textIn } from '../../../shared/language';
import { useTranslation } from 'react-i18next';
import type { FlowState, OfficeService } from '../flow/flowTypes';
import { issuesNow } from '../flow/flowMachine';
import { useFlow } from '../flow/FlowContext';
import { OpensAgain, ScreenTitle } from './parts';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import { useWindowKeys } from '../keypad/useWindowKeys';
import { serviceSaid } from '../voice/voiceScript';

type Props = { state: Extract<FlowState, { name: 'chooseService' }> };

/** Keypad users pick the n-th service with the number key n (1–9). */
function serviceForKey(services: readonly OfficeService[], key: string): OfficeService | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  return services[Number(key) - 1];
}

export function ChooseServiceScreen({ state }: Props) {
  const { t } = useTranslation();
  const chooseService = useFlow((s) => s.chooseService);
  const { services } = state.office;
  // A service's spoken line, read when the keypad's focus lands on it: only worth composing while the voice is on.
  const voiceOn = useFlow((s) => s.modes.voice);
  const allClosed = services.every((s) => !issuesNow(s));

  useWindowKeys((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const service = serviceForKey(services, event.key);
    if (!service || !issuesNow(service)) return;
    event.preventDefault();
    void chooseService(service.id);
  }, [services, chooseService]);

  return (
    <div className="stack">
      <ScreenTitle>{t('services.title')}</ScreenTitle>
      {allClosed && <p className="notice notice--info">{t(services.some((s) => s.notOpen) ? 'services.noneOpenNow' : 'services.noneOpen')}</p>}
      <ul className="services" data-count={services.length}>
        {services.map((service, index) => {
          const key = index < 9 ? String(index + 1) : undefined;
          const closed = !issuesNow(service);
          return (
            <li key={service.id}>
              <button
                type="button"
                className={closed ? 'service service--closed' : 'service'}
                aria-disabled={closed || undefined}
                aria-keyshortcuts={key}
                data-service-id={service.id}
                data-voice={voiceOn ? serviceSaid(service, index, t, state.language) : undefined}
                onClick={() => {
                  if (!closed) void chooseService(service.id);
                }}
              >
                {key && (
                  <span className="service__key" aria-hidden="true">
                    {key}
                  </span>
                )}
                <span className="service__text">
                  <span className="service__name">{textIn(service.name, state.language)}</span>{' '}
                  <span className="service__status">
                    {service.notOpen ? (
                      <OpensAgain opensAt={service.notOpen.opensAt} language={state.language} />
                    ) : closed ? (
                      t('services.closed')
                    ) : (
                      `${t('services.waiting', { count: service.waiting })} · ${t('services.estimate', { range: waitEstimateText(service.estimate, state.language) })}`
                    )}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
