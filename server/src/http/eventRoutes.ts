import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eventBatchSchema } from '../../../shared/district/api';
import type { Clock } from '../../../nodeShared/clock';
import { businessDayOutsideWindow, businessDayWindow } from '../ingest/businessDayWindow';
import { ingestBatch, type IngestDeps } from '../ingest/ingestBatch';
import type { KioskRecord } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';
import { authenticateKiosk } from './kioskAuth';
import { kioskRouteLimit, type RateLimits } from './rateLimits';

/** 500 events of a few hundred bytes each fit with room to spare. */
export const EVENT_BODY_LIMIT = 1024 * 1024;

const REASONS_SHOWN = 5;

/** Where and what, never the value: a rejected value may be a phone number. */
function reasonOf(error: z.ZodError): string {
  const reasons = error.issues.slice(0, REASONS_SHOWN).map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  const more = error.issues.length - REASONS_SHOWN;
  return `Invalid event batch: ${reasons.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

export function registerEventRoutes(app: FastifyInstance, deps: IngestDeps, clock: Clock, limits: RateLimits): void {
  const arrivals = new WeakMap<FastifyRequest, { kiosk: KioskRecord; receivedAtMs: number }>();
  app.post('/api/v1/events', {
    bodyLimit: EVENT_BODY_LIMIT,
    config: kioskRouteLimit(limits),
    // Before the body is read: a stranger's megabyte is neither parsed nor validated.
    onRequest: async (request) => {
      const receivedAtMs = clock.now();
      arrivals.set(request, { kiosk: await authenticateKiosk(deps.store, request, receivedAtMs), receivedAtMs });
    },
    handler: async (request) => {
      const arrival = arrivals.get(request);
      if (!arrival) throw new DistrictProblem(401, 'UNAUTHORIZED', 'Not authenticated');
      const batch = eventBatchSchema.safeParse(request.body);
      if (!batch.success) throw new DistrictProblem(400, 'INVALID_REQUEST', reasonOf(batch.error));
      // A kiosk whose clock ran away must not store a day that no day close here would ever reach.
      const farDay = businessDayOutsideWindow(batch.data.events, businessDayWindow(arrival.receivedAtMs));
      if (farDay) throw new DistrictProblem(400, 'INVALID_REQUEST', `Invalid event batch: ${farDay}`);
      return ingestBatch(deps, arrival.kiosk, batch.data, arrival.receivedAtMs);
    },
  });
}
