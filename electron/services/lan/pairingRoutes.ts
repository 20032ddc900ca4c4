import { writeTransaction } from '../database/openDatabase';
import type { FastifyInstance } from 'fastify';
import { pairRequestSchema, pairResponseSchema } from '../../../shared/lan/counterApi';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueContext } from '../queue/queueContext';
import { counterStatus } from '../views/queueViews';
import { createAttemptLimiter } from './attemptLimiter';
import { LanRequestError } from './httpErrors';
import { redeemPairingCode } from './pairingCodes';
import { parseInput } from './requestInput';

/** A 6-digit code has a million values: a few wrong guesses a minute per address keep guessing hopeless within its 10 minutes. */
export const PAIRING_FAILURES_PER_MINUTE = 5;
/** Across all addresses, so rotating source addresses buys nothing: at most 300 guesses over a code's 10 minutes. */
export const PAIRING_FAILURES_PER_MINUTE_ALL = 30;
const ALL_ADDRESSES = 'all addresses';

export function registerPairingRoutes(app: FastifyInstance, queue: QueueContext, log: Logger): void {
  const limiter = createAttemptLimiter({ maxFailures: PAIRING_FAILURES_PER_MINUTE, windowMs: 60_000, clock: queue.clock });
  const globalLimiter = createAttemptLimiter({ maxFailures: PAIRING_FAILURES_PER_MINUTE_ALL, windowMs: 60_000, clock: queue.clock });

  app.post('/api/pair', async (request) => {
    const globalRetryAfterMs = globalLimiter.retryAfterMs(ALL_ADDRESSES);
    if (globalRetryAfterMs > 0) log.warn('Pairing refused: too many wrong pairing codes from all addresses in the last minute');
    const retryAfterMs = Math.max(limiter.retryAfterMs(request.ip), globalRetryAfterMs);
    if (retryAfterMs > 0) {
      const retryAfter = String(Math.ceil(retryAfterMs / 1000));
      throw new LanRequestError(429, 'TOO_MANY_ATTEMPTS', `Too many wrong pairing codes: try again in ${retryAfter} s`, { 'Retry-After': retryAfter });
    }
    const { code } = parseInput(pairRequestSchema, request.body);
    // One transaction: no token is issued for a counter that is no longer configured.
    const paired = writeTransaction(queue.db, () => {
      const pairing = redeemPairingCode(queue.db, queue.clock, code);
      return pairing && { token: pairing.token, counter: counterStatus(queue, pairing.counterId).counter };
    });
    if (!paired) {
      limiter.recordFailure(request.ip);
      globalLimiter.recordFailure(ALL_ADDRESSES);
      throw new LanRequestError(401, 'PAIRING_FAILED', 'This pairing code is wrong, used or expired: ask for a new one at the kiosk');
    }
    log.info(`Counter ${paired.counter.number} paired a browser`);
    return pairResponseSchema.parse(paired);
  });
}
