import type { CounterStatus } from '../../../../shared/lan/counterApi';
import { clockTime } from '../../../lanShared/clockTime';
import { useCounter } from '../counterStore';
import { useText } from './useText';

/** Today's no-shows: a resident who comes back late can be put back in line. */
export function NoShowPanel({ status }: { status: CounterStatus }) {
  const { t, local } = useText();
  const run = useCounter((s) => s.run);
  const busy = useCounter((s) => s.busy);
  const nameOf = (serviceId: string) => {
    const name = status.queues.find((queue) => queue.serviceId === serviceId)?.name;
    return name ? local(name) : serviceId;
  };

  return (
    <section className="side-panel" aria-labelledby="no-shows-title">
      <h2 className="panel-title" id="no-shows-title">
        {t('noShows.title')} <span className="panel-title__count">{status.noShows.length}</span>
      </h2>
      {status.noShows.length === 0 ? (
        <p className="side-panel__empty">{t('noShows.none')}</p>
      ) : (
        <div className="side-panel__scroll" tabIndex={0} role="region" aria-labelledby="no-shows-title">
          <ul className="no-shows" data-testid="no-shows">
            {status.noShows.map((ticket) => (
              <li key={ticket.id} className="no-show">
                <span className="no-show__number">{ticket.displayNumber}</span>
                <span className="no-show__facts">
                  {nameOf(ticket.serviceId)}
                  {ticket.calledAt && <> · {t('noShows.calledAt', { time: clockTime(ticket.calledAt) })}</>}
                </span>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('noShows.reinstateLabel', { number: ticket.displayNumber })}
                  aria-disabled={busy !== null}
                  onClick={() => void run({ kind: 'reinstate', ticketId: ticket.id })}
                  data-testid={`reinstate-${ticket.displayNumber}`}
                >
                  {t('noShows.reinstate')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
