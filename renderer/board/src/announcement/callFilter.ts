import type { LiveEvent } from '../../../../shared/queue';
import { announcementOf, type Announcement } from './announcement';

export type CallFilter = {
  /** A live event came in: the calls to announce because of it (none, or one). */
  event: (event: LiveEvent) => Announcement[];
  /** A board state came in: the calls held back until the board knew where the queue stood. */
  snapshot: (lastEventId: number) => Announcement[];
};

/**
 * Decides which calls the board announces: each call once, only calls newer than what the board
 * showed when it started (no replay of the morning after a reload), and calls the stream replays
 * after a reconnect only if the board has not announced them yet.
 */
export function createCallFilter(): CallFilter {
  /** The newest event id seen; null until the first board state says where the queue stands. */
  let watermark: number | null = null;
  let heldBack: LiveEvent[] = [];

  function accept(event: LiveEvent): Announcement[] {
    if (watermark !== null && event.id <= watermark) return [];
    watermark = event.id;
    const announcement = announcementOf(event);
    return announcement ? [announcement] : [];
  }

  return {
    event(event) {
      if (watermark === null) {
        heldBack.push(event);
        return [];
      }
      return accept(event);
    },
    snapshot(lastEventId) {
      // A state older than what we saw means the server started counting again (a restart
      // without its event log): follow it, or no call would be announced until it caught up.
      if (watermark === null || lastEventId < watermark) watermark = lastEventId;
      const waiting = heldBack.sort((a, b) => a.id - b.id);
      heldBack = [];
      return waiting.flatMap(accept);
    },
  };
}
