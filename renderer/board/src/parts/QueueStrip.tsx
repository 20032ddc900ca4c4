import { waitEstimateText } from '../../../../shared/waitEstimateText';
import { useBoard } from '../boardStore';
import { Bilingual, BothLanguages } from './Bilingual';

/** How many wait for each service, and for how long about. */
export function QueueStrip() {
  const queues = useBoard((s) => s.board?.queues);

  return (
    <section className="queue-strip" aria-labelledby="queues-title">
      <h2 className="visually-hidden" id="queues-title">
        <Bilingual k="board.queues" />
      </h2>
      <ul className="queue-strip__list" data-testid="board-queues">
        {(queues ?? []).map((queue) => (
          <li key={queue.serviceId} className="queue-card">
            <p className="queue-card__name">
              <BothLanguages text={queue.name} />
            </p>
            <p className="queue-card__waiting">
              <Bilingual k="queue.waiting" values={{ count: queue.waiting }} />
            </p>
            <p className="queue-card__estimate">
              <BothLanguages text={{ ko: waitEstimateText(queue.estimate, 'ko'), en: waitEstimateText(queue.estimate, 'en') }} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
