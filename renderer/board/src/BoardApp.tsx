import { connectionStatus } from '../../lanShared/connection';
import { ConnectionBanner } from '../../lanShared/ConnectionBanner';
import { useBoard } from './boardStore';
import { BoardHeader } from './parts/BoardHeader';
import { CallLiveRegion } from './parts/CallLiveRegion';
import { NowServing } from './parts/NowServing';
import { QueueStrip } from './parts/QueueStrip';
import { RecentCalls } from './parts/RecentCalls';
import { Spotlight } from './parts/Spotlight';

const bothLanguages = ['ko', 'en'] as const;

export function BoardApp({ onEnableSound }: { onEnableSound: () => void }) {
  const connection = useBoard((s) => s.connection);
  const stale = connectionStatus(connection) === 'offline';

  return (
    <div className="board">
      <BoardHeader onEnableSound={onEnableSound} />
      <ConnectionBanner connection={connection} languages={bothLanguages} />
      <main className={stale ? 'board-main is-stale' : 'board-main'} data-testid="board-main" data-stale={stale}>
        <NowServing />
        <RecentCalls />
        <QueueStrip />
        <CallLiveRegion />
      </main>
      <Spotlight />
    </div>
  );
}
