import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../../nodeShared/clock';
import { managerLoginRequestSchema, managerLoginResponseSchema } from '../../../shared/lan/managerApi';
import { statisticsRangeSchema, statisticsReportSchema, statisticsRequestSchema } from '../../../shared/statistics';
import { auditWith } from '../kiosk/adminHandlers';
import type { StaffSession } from '../kiosk/staffSession';
import { KioskError } from '../kioskError';
import type { QueueContext } from '../queue/queueContext';
import { statisticsReport } from '../statistics/officeStatistics';
import { statisticsCsvFile } from '../statistics/statisticsCsv';
import { createAttemptLimiter, type AttemptLimiter } from './attemptLimiter';
import { LanRequestError } from './httpErrors';
import { parseInput } from './requestInput';

/** A manager page left open locks itself like the kiosk's staff screen does. */
export const MANAGER_IDLE_MS = 15 * 60_000;
/** Per address, on top of the manager page's own PIN lockout (kept apart from the keypad's, see staffSession). */
export const MANAGER_PIN_FAILURES_PER_MINUTE = 5;

/**
 * The manager's statistics over the office LAN. The PIN goes through the kiosk's own check (the
 * growing lockout kept across restarts, same audit log, marked as coming from the LAN and the
 * address); a clerk's PIN is refused. Tokens live in memory only: a restart signs everyone out.
 * Answers the per-address limit on wrong PINs, which lifting the manager page's lockout clears too.
 */
export function registerManagerRoutes(app: FastifyInstance, queue: QueueContext, session: StaffSession, sinceBoot: Clock): AttemptLimiter {
  const limiter = createAttemptLimiter({ maxFailures: MANAGER_PIN_FAILURES_PER_MINUTE, windowMs: 60_000, sinceBoot });
  const tokens = new Map<string, { idleUntil: number }>();
  const audit = auditWith(queue.db, queue.clock);

  /** The request's token, once it is checked to be a signed-in manager's. */
  function requireManager(request: FastifyRequest): string {
    const token = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(request.headers.authorization ?? '')?.[1];
    const signedIn = token === undefined ? undefined : tokens.get(token);
    const now = queue.clock.now();
    if (!token || !signedIn || now >= signedIn.idleUntil) {
      if (token) tokens.delete(token);
      throw new LanRequestError(401, 'UNAUTHORIZED', 'Sign in with the manager PIN first', { 'WWW-Authenticate': 'Bearer' });
    }
    signedIn.idleUntil = now + MANAGER_IDLE_MS;
    return token;
  }

  app.post('/api/manager/login', async (request) => {
    const retryAfterMs = limiter.retryAfterMs(request.ip);
    if (retryAfterMs > 0) {
      const retryAfter = String(Math.ceil(retryAfterMs / 1000));
      throw new LanRequestError(429, 'TOO_MANY_ATTEMPTS', `Too many wrong PINs from this address: try again in ${retryAfter} s`, { 'Retry-After': retryAfter });
    }
    const { pin } = parseInput(managerLoginRequestSchema, request.body);
    let role;
    try {
      role = await session.verifyElsewhere(pin, request.ip);
    } catch (error) {
      if (error instanceof KioskError && error.code === 'STAFF_PIN_WRONG') limiter.recordFailure(request.ip);
      throw error;
    }
    if (role !== 'manager') throw new KioskError('STAFF_FORBIDDEN', 'Only the manager may read the statistics');
    const token = randomBytes(32).toString('base64url');
    tokens.set(token, { idleUntil: queue.clock.now() + MANAGER_IDLE_MS });
    return managerLoginResponseSchema.parse({ token });
  });

  app.post('/api/manager/logout', async (request) => {
    tokens.delete(requireManager(request));
    return { signedOut: true };
  });

  app.get('/api/manager/statistics', async (request) => {
    requireManager(request);
    return statisticsReportSchema.parse(statisticsReport(queue, parseInput(statisticsRequestSchema, request.query)));
  });

  app.get('/api/manager/statistics.csv', async (request, reply) => {
    requireManager(request);
    const { fromDay, toDay } = parseInput(statisticsRangeSchema, request.query);
    const { fileName, csv } = statisticsCsvFile(queue, fromDay, toDay);
    audit({ actor: 'manager', action: 'statistics-exported', detail: { fromDay, toDay, via: 'lan', from: request.ip } });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store').send(csv);
  });
  return limiter;
}
