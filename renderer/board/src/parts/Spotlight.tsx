import { useBoard } from '../boardStore';
import { Bilingual } from './Bilingual';

/**
 * The call being announced, big enough to read across the hall, flashing a few times (slowly:
 * well under three flashes a second). Hidden from screen readers: the live region says it.
 */
export function Spotlight() {
  const call = useBoard((s) => s.spotlight);
  if (!call) return null;
  return (
    <div className="spotlight" aria-hidden="true" data-testid="spotlight" key={call.eventId}>
      <div className="spotlight__card">
        {call.kind === 'recall' && (
          <p className="spotlight__kind">
            <Bilingual k="board.recall" also={call.language} />
          </p>
        )}
        <p className="spotlight__number">{call.displayNumber}</p>
        <p className="spotlight__counter">
          <Bilingual k="board.counter" values={{ number: call.counterNumber }} also={call.language} />
        </p>
      </div>
    </div>
  );
}
