import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { lastEventId } from '../queue/liveEvents';
import { optionalCounterId } from './counterAuth';
import { streamLiveEvents } from './liveEventStream';
import { parseInput } from './requestInput';

const HEARTBEAT_MS = 15_000;

const eventId = z.string().regex(/^\d{1,15}$/, 'an event id is a non-negative integer').transform(Number);
const resumeSchema = z.object({ lastEventId: eventId.optional(), after: eventId.optional() });

/** Where the client resumes: a reconnecting EventSource's Last-Event-ID wins over the ?after= of the URL it first opened. */
function resumeAfter(request: FastifyRequest): number | undefined {
  const { after } = request.query as { after?: unknown };
  const resume = parseInput(resumeSchema, { lastEventId: request.headers['last-event-id'], after });
  return resume.lastEventId ?? resume.after;
}

/** Counters (with a token) and boards (without) get the same events: they hold display numbers, never personal data. */
export function registerLiveEventRoutes(app: FastifyInstance, queue: QueueContext, changes: QueueChanges, log: Logger): void {
  // A HEAD would open a subscription whose stream nobody ever reads or ends.
  app.get('/api/events', { exposeHeadRoute: false }, async (request, reply) => {
    optionalCounterId(queue.db, request);
    const afterId = resumeAfter(request) ?? lastEventId(queue.db);
    // Fastify pipes the stream with backpressure and destroys it when the client goes away, which ends the subscription.
    const out = new PassThrough();
    streamLiveEvents({ db: queue.db, changes, afterId, out, log, heartbeatMs: HEARTBEAT_MS });
    return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(out);
  });
}
