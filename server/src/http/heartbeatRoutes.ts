import type { FastifyInstance } from 'fastify';
import { heartbeatSchema, type HeartbeatAnswer } from '../../../shared/district/heartbeat';
import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { Clock } from '../../../nodeShared/clock';
import { businessDayWindow } from '../ingest/businessDayWindow';
import { deliveryStatisticsByOffice } from '../pages/deliveryStatisticsPage';
import { createBoundedCache, type BoundedCache } from '../status/boundedCache';
import type { DistrictStore } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';
import { authenticateKiosk } from './kioskAuth';
import { kioskRouteLimit, type RateLimits } from './rateLimits';

/** A heartbeat is a few hundred bytes. */
const HEARTBEAT_BODY_LIMIT = 4 * 1024;

/** How far back a heartbeat's answer reports the office's messages: a month of the kiosk's statistics. */
export const DELIVERY_DAYS_TOLD = 31;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How long an office's counts answer its kiosks' heartbeats before they are counted again. This
 * instance's own writes for the office drop them at once (`forget`); another instance's show
 * within this time.
 */
export const DELIVERY_COUNTS_CACHE_MS = 60_000;

/** Each office's counts as its kiosks are told them, kept per office: every kiosk of it beats once a minute. */
export type OfficeDeliveryCounts = BoundedCache<HeartbeatAnswer['deliveries']>;

export function createOfficeDeliveryCounts(store: DistrictStore, clock: Clock, ttlMs = DELIVERY_COUNTS_CACHE_MS): OfficeDeliveryCounts {
  return createBoundedCache(clock, ttlMs, async (officeId) => {
    const now = clock.now();
    const { latest } = businessDayWindow(now);
    const earliest = seoulDateTimeParts(now - DELIVERY_DAYS_TOLD * DAY_MS).date;
    const rows = await store.transaction((tx) => tx.deliveryStatistics(earliest, latest, officeId));
    return (deliveryStatisticsByOffice(rows)[0]?.days ?? []).map(({ businessDay, counts }) => ({ businessDay, counts }));
  });
}

/**
 * POST /api/v1/heartbeat: the kiosk's latest health replaces its previous one; the answer (200) tells
 * the kiosk what became of its office's messages over the last DELIVERY_DAYS_TOLD business days.
 */
export function registerHeartbeatRoutes(app: FastifyInstance, store: DistrictStore, clock: Clock, limits: RateLimits, deliveryCounts: OfficeDeliveryCounts): void {
  app.post('/api/v1/heartbeat', { bodyLimit: HEARTBEAT_BODY_LIMIT, config: kioskRouteLimit(limits) }, async (request, reply) => {
    const receivedAtMs = clock.now();
    const kiosk = await authenticateKiosk(store, request, receivedAtMs);
    const heartbeat = heartbeatSchema.safeParse(request.body);
    if (!heartbeat.success) {
      const issue = heartbeat.error.issues[0];
      throw new DistrictProblem(400, 'INVALID_REQUEST', `Invalid heartbeat: ${issue?.path.map(String).join('.') || '(body)'}: ${issue?.message ?? 'invalid'}`);
    }
    await store.transaction((tx) =>
      tx.saveHeartbeat({
        kioskId: kiosk.kioskId,
        receivedAt: new Date(receivedAtMs).toISOString(),
        clockOffsetMs: Date.parse(heartbeat.data.sentAt) - receivedAtMs,
        report: heartbeat.data,
      }),
    );
    const answer: HeartbeatAnswer = { deliveries: (await deliveryCounts(kiosk.officeId)) ?? [] };
    return reply.status(200).header('cache-control', 'no-store').send(answer);
  });
}
