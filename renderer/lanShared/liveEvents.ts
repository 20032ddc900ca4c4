import { liveEventSchema, liveEventTypes, type LiveEvent } from '../../shared/queue';

export type LiveEventHandlers = {
  onOpen: () => void;
  /** `null`: an event we could not read; whatever shows the queue still needs refreshing. */
  onEvent: (event: LiveEvent | null) => void;
  /** `closed`: the browser gave up on the stream (an HTTP error rather than a lost connection). */
  onError: (closed: boolean) => void;
};

export type LiveEventStream = { close: () => void };
export type OpenLiveEvents = (handlers: LiveEventHandlers) => LiveEventStream;

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = liveEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The kiosk's Server-Sent Events. EventSource reconnects by itself after a lost connection and
 * sends Last-Event-ID, so the server can replay what was missed.
 */
export const openLiveEvents: OpenLiveEvents = ({ onOpen, onEvent, onError }) => {
  const source = new EventSource('/api/events');
  const onMessage = (message: MessageEvent) => onEvent(parse(message.data));
  source.addEventListener('open', onOpen);
  source.addEventListener('error', () => onError(source.readyState === EventSource.CLOSED));
  source.addEventListener('message', onMessage);
  for (const type of liveEventTypes) source.addEventListener(type, onMessage);
  // The kiosk's alerts changed: not a queue event, but what the page shows needs reloading all the same.
  source.addEventListener('alerts', () => onEvent(null));
  return { close: () => source.close() };
};
