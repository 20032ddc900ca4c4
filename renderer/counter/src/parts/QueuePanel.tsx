import type { ServiceQueue } from '../../../../shared/queue';
import { waitEstimateText } from '../../../../shared/waitEstimateText';
import { useText } from './useText';

/** How many wait for each service and about how long, so staff can see a backlog coming. */
export function QueuePanel({ queues }: { queues: ServiceQueue[] }) {
  const { t, language, local } = useText();
  return (
    <section className="side-panel" aria-labelledby="queues-title">
      <h2 className="panel-title" id="queues-title">
        {t('queues.title')}
      </h2>
      <div className="side-panel__scroll" tabIndex={0} role="region" aria-labelledby="queues-title">
        <table className="queue-table" data-testid="queues">
          <thead>
            <tr>
              <th scope="col">{t('queues.service')}</th>
              <th scope="col">{t('queues.waiting')}</th>
              <th scope="col">{t('queues.estimate')}</th>
            </tr>
          </thead>
          <tbody>
            {queues.map((queue) => (
              <tr key={queue.serviceId} data-testid={`queue-${queue.serviceId}`}>
                <th scope="row">{local(queue.name)}</th>
                <td className="queue-table__count">{t('queues.count', { count: queue.waiting })}</td>
                <td>{waitEstimateText(queue.estimate, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
