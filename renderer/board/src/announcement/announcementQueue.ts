import type { Announcement } from './announcement';

/**
 * Adds a call to those still waiting to be announced. A newer call for the same counter replaces
 * the waiting one: that counter has moved on (or is recalling the same ticket), and announcing
 * both would only send someone to the wrong place.
 */
export function withAnnouncement(waiting: readonly Announcement[], next: Announcement): Announcement[] {
  return [...waiting.filter((a) => a.counterNumber !== next.counterNumber), next];
}

export type AnnouncementQueue = {
  enqueue: (announcement: Announcement) => void;
  /** Resolves once nothing is playing or waiting. */
  drained: () => Promise<void>;
};

/**
 * Announces calls one at a time, in the order they came: `announce` (chime, voice, flash) runs
 * for one call and must settle before the next starts, so voices never overlap. A failed
 * announcement does not stop the ones after it.
 */
export function createAnnouncementQueue(announce: (announcement: Announcement) => Promise<void>): AnnouncementQueue {
  let waiting: Announcement[] = [];
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      try {
        await announce(next);
      } catch {
        // The board shows the call anyway; the next resident must still be announced.
      }
    }
    running = null;
  }

  return {
    enqueue(announcement) {
      waiting = withAnnouncement(waiting, announcement);
      running ??= run();
    },
    drained: () => running ?? Promise.resolve(),
  };
}
