import { clockTime } from '../../../lanShared/clockTime';
import { useBoard } from '../boardStore';
import { Bilingual } from './Bilingual';

const SHOWN = 5;

/** The last calls, newest first, for whoever looked away when their number was called. */
export function RecentCalls() {
  const recent = useBoard((s) => s.board?.recentCalls);
  const calls = (recent ?? []).slice(0, SHOWN);

  return (
    <section className="panel recent-calls" aria-labelledby="recent-calls-title">
      <h2 className="panel__title" id="recent-calls-title">
        <Bilingual k="board.recentCalls" />
      </h2>
      {calls.length === 0 ? (
        <p className="panel__empty">
          <Bilingual k="board.noRecentCalls" />
        </p>
      ) : (
        <ol className="recent-calls__list" data-testid="recent-calls">
          {calls.map((call) => (
            <li key={call.eventId} className="recent-call">
              <span className="recent-call__number">{call.displayNumber}</span>
              <span className="recent-call__counter">
                <Bilingual k="board.counter" values={{ number: call.counterNumber }} />
              </span>
              <time className="recent-call__time" dateTime={call.at}>
                {clockTime(call.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
