import type { Writable } from 'node:stream';
import { liveEventSchema, type LiveEvent } from '../../../shared/queue';
import type { Database } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueChanges } from '../queue/queueChanges';
import { liveEventsSince } from '../queue/liveEvents';
import type { AlertFeed } from './alertFeed';

const EVENTS_PER_QUERY = 200;
/** Not in the event log: without an id it leaves the client's Last-Event-ID as it was. */
const ALERTS_CHANGED = 'event: alerts\ndata: {}\n\n';

export interface LiveEventStreamOptions {
  db: Database;
  changes: QueueChanges;
  /** A change of the kiosk's alerts is sent as an `alerts` event with no id: pages reload their status. */
  alerts: AlertFeed;
  /** The id of the last event the client already has: it gets every later one, once, in order. */
  afterId: number;
  out: Writable;
  log: Logger;
  heartbeatMs: number;
}

export function sseEvent(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(liveEventSchema.parse(event))}\n\n`;
}

/**
 * Writes Server-Sent Events to `out` until it closes. Whatever triggers a send (the first catch-up,
 * a notification, a drained buffer), the next events are read from the event log after the last id
 * written, so a notification that comes early, late or twice can never skip or repeat an event.
 */
export function streamLiveEvents({ db, changes, alerts, afterId, out, log, heartbeatMs }: LiveEventStreamOptions): void {
  let lastSentId = afterId;
  let closed = false;
  let waitingForDrain = false;
  let sendScheduled = false;

  function sendNewEvents(): void {
    sendScheduled = false;
    if (closed || waitingForDrain) return;
    try {
      for (;;) {
        const events = liveEventsSince(db, lastSentId, EVENTS_PER_QUERY);
        for (const event of events) {
          lastSentId = event.id;
          if (!out.write(sseEvent(event))) {
            // A slow client: stop reading the log until its buffer empties instead of buffering the whole day.
            waitingForDrain = true;
            out.once('drain', () => {
              waitingForDrain = false;
              sendNewEvents();
            });
            return;
          }
        }
        if (events.length < EVENTS_PER_QUERY) return;
      }
    } catch (error) {
      log.error(`Live event stream stopped: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
      // The client reconnects with Last-Event-ID and resumes where this stream stopped.
      out.end();
    }
  }

  // Several writes in one tick (or a burst of them) cost one read of the log per client.
  function scheduleSend(): void {
    if (sendScheduled) return;
    sendScheduled = true;
    setImmediate(sendNewEvents);
  }

  const unsubscribe = changes.subscribe(scheduleSend);
  const unsubscribeAlerts = alerts.subscribe(() => {
    if (!waitingForDrain) out.write(ALERTS_CHANGED);
  });
  const heartbeat = setInterval(() => {
    if (!waitingForDrain) out.write(': heartbeat\n\n');
  }, heartbeatMs);
  out.on('close', () => {
    closed = true;
    unsubscribe();
    unsubscribeAlerts();
    clearInterval(heartbeat);
  });

  out.write('retry: 1000\n\n');
  sendNewEvents();
}
