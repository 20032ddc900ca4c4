import { useCounter } from '../counterStore';
import { useText } from './useText';

/** The number at this counter now, big enough to read back to the resident at a glance. */
export function CurrentTicket() {
  const { t, local } = useText();
  const current = useCounter((s) => s.status?.current ?? null);
  const queues = useCounter((s) => s.status?.queues);
  const serviceName = current && queues?.find((queue) => queue.serviceId === current.serviceId)?.name;
  const atCounter = current && (current.status === 'called' || current.status === 'serving') ? current.status : null;

  return (
    <section className="current" aria-labelledby="current-title" data-testid="current-ticket">
      <h2 className="panel-title" id="current-title">
        {t('current.title')}
      </h2>
      {current ? (
        <div className="current__body">
          <p className="current__number" data-testid="current-number">
            {current.displayNumber}
          </p>
          <div className="current__facts">
            <p className="current__service">{serviceName ? local(serviceName) : current.serviceId}</p>
            <p className="current__chips">
              {atCounter && <span className={`chip chip--${atCounter}`}>{t(`current.status.${atCounter}`)}</span>}
              {current.priority && <span className="chip chip--priority">{t('current.priority')}</span>}
            </p>
            {current.recallCount > 0 && (
              <p className="current__recalls" data-testid="current-recalls">
                {t('current.recalls', { count: current.recallCount })}
              </p>
            )}
          </div>
        </div>
      ) : (
        <div className="current__body current__body--empty">
          <p className="current__none">{t('current.none')}</p>
          <p className="current__hint">{t('current.noneHint')}</p>
        </div>
      )}
    </section>
  );
}
