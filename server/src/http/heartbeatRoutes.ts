import type { FastifyInstance } from 'fastify';
import { heartbeatSchema } from '../../../shared/district/heartbeat';
import type { Clock } from '../../../nodeShared/clock';
import type { DistrictStore } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';
import { authenticateKiosk } from './kioskAuth';
import { kioskRouteLimit, type RateLimits } from './rateLimits';

/** A heartbeat is a few hundred bytes. */
const HEARTBEAT_BODY_LIMIT = 4 * 1024;

/** POST /api/v1/heartbeat: the kiosk's latest health replaces its previous one (204). */
export function registerHeartbeatRoutes(app: FastifyInstance, store: DistrictStore, clock: Clock, limits: RateLimits): void {
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
    return reply.status(204).send();
  });
}
