import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BoardState } from '../../../shared/lan/counterApi';
import { initialConnection, type Connection } from '../../lanShared/connection';
import { createStoreContext } from '../../lanShared/storeContext';
import type { Announcement } from './announcement/announcement';
import type { SoundState } from './audio/announcementPlayer';

export type BoardStore = {
  /** The last board state from the kiosk; kept through an outage, marked stale. */
  board: BoardState | null;
  connection: Connection;
  /** The call being announced right now: flashed big, and said in the live region. */
  spotlight: Announcement | null;
  sound: SoundState;
};

export function createBoardStore(): StoreApi<BoardStore> {
  return createStore<BoardStore>()(() => ({ board: null, connection: initialConnection, spotlight: null, sound: 'starting' }));
}

export const { StoreProvider: BoardStoreProvider, useSelect: useBoard } = createStoreContext<BoardStore>('board');
