import { useBoard } from '../boardStore';
import { Bilingual } from './Bilingual';

/** Few counters get big tiles; many get more columns, so every counter always fits on the screen. */
function columnsFor(count: number): number {
  if (count <= 4) return 2;
  if (count <= 9) return 3;
  return 4;
}

/** Each counter with the number it is calling or serving, in counter order. */
export function NowServing() {
  const serving = useBoard((s) => s.board?.nowServing);
  const flashing = useBoard((s) => s.spotlight?.counterNumber ?? null);
  const tiles = [...(serving ?? [])].sort((a, b) => a.counterNumber - b.counterNumber);

  return (
    <section className="panel now-serving" aria-labelledby="now-serving-title">
      <h2 className="panel__title" id="now-serving-title">
        <Bilingual k="board.nowServing" />
      </h2>
      {tiles.length === 0 ? (
        <p className="panel__empty">
          <Bilingual k="board.noneServing" />
        </p>
      ) : (
        <ul className={`now-serving__tiles now-serving__tiles--${columnsFor(tiles.length)}`} data-testid="now-serving">
          {tiles.map((tile) => (
            <li
              key={tile.counterNumber}
              className={tile.counterNumber === flashing ? 'serving-tile serving-tile--flash' : 'serving-tile'}
              data-testid={`serving-counter-${tile.counterNumber}`}
            >
              <span className="serving-tile__counter">
                <Bilingual k="board.counter" values={{ number: tile.counterNumber }} />
              </span>
              <span className="serving-tile__number">{tile.displayNumber}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
