import { textIn } from '../../../../shared/language';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../../flow/FlowContext';
import type { StaffState } from '../../flow/flowTypes';
import { StaffSection } from './StaffSection';

export function CountersTable({ state }: { state: StaffState }) {
  const { t } = useTranslation();
  const requestPairing = useFlow((s) => s.requestPairing);
  const send = useFlow((s) => s.send);
  const { counters } = state.overview;
  const serviceName = (id: string) => {
    const service = state.services.find((s) => s.id === id);
    return service ? textIn(service.name, state.language) : id;
  };

  return (
    <StaffSection heading={t('staff.countersHeading')}>
      {counters.length === 0 ? (
        <p className="staff-section__status">{t('staff.noCounters')}</p>
      ) : (
        <table className="counters" aria-label={t('staff.countersHeading')}>
          <thead>
            <tr>
              <th scope="col">{t('staff.columnCounter')}</th>
              <th scope="col">{t('staff.columnServices')}</th>
              <th scope="col">{t('staff.columnState')}</th>
              <th scope="col">{t('staff.columnDevices')}</th>
              <th scope="col">{t('staff.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {counters.map((counter) => (
              <tr key={counter.id} data-counter-id={counter.id}>
                <th scope="row">{t('staff.counter', { number: counter.number })}</th>
                <td>{counter.serviceIds.map(serviceName).join(', ')}</td>
                <td>{t(`staff.state-${counter.state}`)}</td>
                <td className="counters__devices">{t('staff.devices', { count: counter.pairedDevices })}</td>
                <td>
                  <div className="counters__buttons">
                    <button
                      type="button"
                      className="btn btn--primary btn--small"
                      aria-label={t('staff.pairFor', { number: counter.number })}
                      onClick={() => void requestPairing(counter.id)}
                    >
                      {t('staff.pair')}
                    </button>
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      aria-label={t('staff.revokeFor', { number: counter.number })}
                      onClick={() => send({ type: 'revokeAsked', counterId: counter.id })}
                    >
                      {t('staff.revoke')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffSection>
  );
}
