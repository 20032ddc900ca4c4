import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { lastEventId } from '../queue/liveEvents';
import type { AlertFeed } from './alertFeed';
import { optionalCounterId } from './counterAuth';
import { streamLiveEvents } from './liveEventStream';
import { LanRequestError } from './httpErrors';
import { parseInput } from './requestInput';

const HEARTBEAT_MS = 15_000;

/** An office has a few dozen counters and boards: these leave room for them and refuse a flood of streams from the LAN. */
export const DEFAULT_LIVE_STREAM_LIMITS = { total: 200, perAddress: 10 };
export type LiveStreamLimits = typeof DEFAULT_LIVE_STREAM_LIMITS;

const eventId = z.string().regex(/^\d{1,15}$/, 'an event id is a non-negative integer').transform(Number);
const resumeSchema = z.object({ lastEventId: eventId.optional(), after: eventId.optional() });

/** Where the client resumes: a reconnecting EventSource's Last-Event-ID wins over the ?after= of the URL it first opened. */
function resumeAfter(request: FastifyRequest): number | undefined {
  const { after } = request.query as { after?: unknown };
  const resume = parseInput(resumeSchema, { lastEventId: request.headers['last-event-id'], after });
  return resume.lastEventId ?? resume.after;
}

export interface LiveEventStreams {
  /** Ends the open streams of a counter whose pairing was revoked; answers how many. */
  endCounterStreams(counterId: string): number;
}

/** Counters (with a token) and boards (without) get the same events: they hold display numbers, never personal data. */
export function registerLiveEventRoutes(
  app: FastifyInstance,
  { queue, changes, alerts, log }: { queue: QueueContext; changes: QueueChanges; alerts: AlertFeed; log: Logger },
  limits: LiveStreamLimits = DEFAULT_LIVE_STREAM_LIMITS,
): LiveEventStreams {
  const openByAddress = new Map<string, number>();
  let openTotal = 0;
  const openByCounter = new Map<string, Set<PassThrough>>();
  // A HEAD would open a subscription whose stream nobody ever reads or ends.
  app.get('/api/events', { exposeHeadRoute: false }, async (request, reply) => {
    const counterId = optionalCounterId(queue.db, request);
    const afterId = resumeAfter(request) ?? lastEventId(queue.db);
    // Fastify pipes the stream with backpressure and destroys it when the client goes away, which ends the subscription.
    if (openTotal >= limits.total) {
      throw new LanRequestError(503, 'TOO_MANY_STREAMS', `The kiosk already serves ${limits.total} live event streams: try again later`, { 'Retry-After': '30' });
    }
    const fromAddress = openByAddress.get(request.ip) ?? 0;
    if (fromAddress >= limits.perAddress) {
      throw new LanRequestError(429, 'TOO_MANY_STREAMS', `This address already has ${limits.perAddress} live event streams open: close one first`, { 'Retry-After': '30' });
    }
    openTotal += 1;
    openByAddress.set(request.ip, fromAddress + 1);
    const out = new PassThrough();
    out.once('close', () => {
      openTotal -= 1;
      const left = (openByAddress.get(request.ip) ?? 1) - 1;
      if (left === 0) openByAddress.delete(request.ip);
      else openByAddress.set(request.ip, left);
      if (counterId !== undefined) forgetCounterStream(counterId, out);
    });
    if (counterId !== undefined) openByCounter.set(counterId, (openByCounter.get(counterId) ?? new Set()).add(out));
    streamLiveEvents({ db: queue.db, changes, alerts, afterId, out, log, heartbeatMs: HEARTBEAT_MS });
    return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(out);
  });

  function forgetCounterStream(counterId: string, out: PassThrough): void {
    const streams = openByCounter.get(counterId);
    streams?.delete(out);
    if (streams?.size === 0) openByCounter.delete(counterId);
  }

  return {
    endCounterStreams(counterId) {
      const streams = [...(openByCounter.get(counterId) ?? [])];
      // The page's EventSource reconnects, and its revoked token then gets 401, which stops it for good.
      for (const out of streams) out.end();
      return streams.length;
    },
  };
}
