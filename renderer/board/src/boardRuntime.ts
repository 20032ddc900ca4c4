import type { TFunction } from 'i18next';
import type { StoreApi } from 'zustand/vanilla';
import { boardStateSchema } from '../../../shared/lan/counterApi';
import { lanRequest } from '../../lanShared/lanRequest';
import { startLiveSync } from '../../lanShared/liveSync';
import type { Announcement } from './announcement/announcement';
import { createAnnouncementQueue } from './announcement/announcementQueue';
import { sayCall } from './announcement/sayCall';
import { createCallFilter } from './announcement/callFilter';
import type { AnnouncementPlayer } from './audio/announcementPlayer';
import type { BoardStore } from './boardStore';
import { wait } from './wait';

/** A call stays in the spotlight at least this long, sound or not: long enough to look up and read. */
const SPOTLIGHT_MS = 6000;
/** Quiet between two announcements, so they are heard as two. */
const BETWEEN_MS = 800;

/**
 * Runs the board: keeps its state current from the kiosk and announces each new call, one at a
 * time, with a chime, the voice (Korean, then the ticket's language) and the spotlight. Returns how to stop it.
 */
export function startBoard(store: StoreApi<BoardStore>, player: AnnouncementPlayer, t: TFunction<'board'>): () => void {
  const calls = createCallFilter();
  const queue = createAnnouncementQueue(async (announcement) => {
    store.setState({ spotlight: announcement });
    const sound = store.getState().board?.sound;
    try {
      // Sound off (the manager's setting): the call is still flashed and said in the live region.
      const heard = sound?.on === false ? Promise.resolve() : sayCall(announcement, player, (sound?.volumePercent ?? 100) / 100, t);
      await Promise.all([heard, wait(SPOTLIGHT_MS)]);
    } finally {
      store.setState({ spotlight: null });
    }
    await wait(BETWEEN_MS);
  });
  const announce = (announcements: Announcement[]) => announcements.forEach(queue.enqueue);

  const sync = startLiveSync({
    load: () => lanRequest('/api/board/state', boardStateSchema),
    onSnapshot: (board) => {
      store.setState({ board });
      announce(calls.snapshot(board.lastEventId));
    },
    onEvent: (event) => announce(calls.event(event)),
    onConnection: (connection) => store.setState({ connection }),
  });
  const stopSound = player.onSoundState((sound) => store.setState({ sound }));

  return () => {
    sync.stop();
    stopSound();
  };
}
