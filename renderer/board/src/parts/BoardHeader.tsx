import { clockTime } from '../../../lanShared/clockTime';
import { useBoard } from '../boardStore';
import { Bilingual, BothLanguages } from './Bilingual';
import { useClock } from './useClock';

type Props = { onEnableSound: () => void };

export function BoardHeader({ onEnableSound }: Props) {
  const officeName = useBoard((s) => s.board?.officeName ?? null);
  const sound = useBoard((s) => s.sound);
  const now = useClock();

  return (
    <header className="board-header">
      <h1 className="board-header__office">
        {officeName ? <BothLanguages text={officeName} /> : <Bilingual k="board.title" />}
      </h1>
      {sound === 'blocked' && (
        <button type="button" className="btn btn--primary board-header__sound" onClick={onEnableSound} data-testid="enable-sound">
          <Bilingual k="board.enableSound" />
        </button>
      )}
      <p className="board-header__clock">
        <time dateTime={new Date(now).toISOString()}>{clockTime(now)}</time>
      </p>
    </header>
  );
}
