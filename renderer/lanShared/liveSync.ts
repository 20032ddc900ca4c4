import type { LiveEvent } from '../../shared/queue';
import { initialConnection, type Connection } from './connection';
import type { LanFailure, LanResult } from './lanRequest';
import { openLiveEvents, type LiveEventStream, type OpenLiveEvents } from './liveEvents';

export type LiveSyncOptions<T> = {
  /** Fetches the whole picture (board state, counter status): cheap enough to repeat on every event. */
  load: () => Promise<LanResult<T>>;
  onSnapshot: (snapshot: T) => void;
  /** Every failed load; the page decides what a failure means to it (e.g. 401 → pair again). */
  onFailure?: (failure: LanFailure) => void;
  onEvent?: (event: LiveEvent) => void;
  onConnection: (connection: Connection) => void;
  openEvents?: OpenLiveEvents;
};

export type LiveSync = { refresh: () => void; stop: () => void };

/** Even without events, estimates age: refresh now and then. */
export const REFRESH_MS = 20_000;
/** While the kiosk does not answer, ask again soon: it is usually back within a minute of a reboot. */
export const RETRY_MS = 3_000;
/** After the browser gave up on the event stream (an HTTP error), open a new one after this. */
export const REOPEN_MS = 5_000;

/**
 * Keeps a page's snapshot of the queue current: loads it, reloads it on every live event (several
 * events in a burst cause one reload after the one in flight), retries while the kiosk is away,
 * and reports how fresh the snapshot is. The last snapshot stays on screen through an outage.
 */
export function startLiveSync<T>({
  load,
  onSnapshot,
  onFailure,
  onEvent,
  onConnection,
  openEvents = openLiveEvents,
}: LiveSyncOptions<T>): LiveSync {
  let connection = initialConnection;
  let stopped = false;
  let loading = false;
  let loadAgain = false;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let stream: LiveEventStream | null = null;
  // A stream whose peer vanished without closing the connection looks open for hours; if it never
  // reported an error while the kiosk was unreachable, it is replaced once the kiosk answers again.
  let streamNoticedOutage = true;

  function update(patch: Partial<Connection>): void {
    connection = { ...connection, ...patch };
    onConnection(connection);
  }

  function schedule(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, connection.reachable === false ? RETRY_MS : REFRESH_MS);
  }

  async function refresh(): Promise<void> {
    if (stopped) return;
    if (loading) {
      loadAgain = true;
      return;
    }
    loading = true;
    const result = await load();
    loading = false;
    if (stopped) return;

    if (result.ok) {
      const recovered = connection.reachable === false;
      onSnapshot(result.value);
      update({ reachable: true, syncedAt: Date.now() });
      if (recovered && !streamNoticedOutage) reopenStream();
    } else {
      onFailure?.(result.failure);
      if (stopped) return;
      const away = result.failure.kind === 'unreachable' || result.failure.kind === 'invalid';
      if (away && connection.reachable !== false) streamNoticedOutage = false;
      update({ reachable: !away });
    }

    if (loadAgain) {
      loadAgain = false;
      void refresh();
    } else {
      schedule();
    }
  }

  function openStream(): void {
    stream = openEvents({
      onOpen: () => {
        update({ live: true });
        void refresh();
      },
      onEvent: (event) => {
        if (event) onEvent?.(event);
        void refresh();
      },
      onError: (closed) => {
        streamNoticedOutage = true;
        update({ live: false });
        if (closed) {
          stream?.close();
          stream = null;
          clearTimeout(reopenTimer);
          reopenTimer = setTimeout(openStream, REOPEN_MS);
        }
        void refresh();
      },
    });
  }

  function reopenStream(): void {
    stream?.close();
    streamNoticedOutage = true;
    openStream();
  }

  openStream();
  void refresh();

  return {
    refresh: () => void refresh(),
    stop: () => {
      stopped = true;
      clearTimeout(refreshTimer);
      clearTimeout(reopenTimer);
      stream?.close();
      stream = null;
    },
  };
}
