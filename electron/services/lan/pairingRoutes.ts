import { writeTransaction } from '../database/openDatabase';
import type { FastifyInstance } from 'fastify';
import { pairRequestSchema, pairResponseSchema } from '../../../shared/lan/counterApi';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueContext } from '../queue/queueContext';
import type { LockoutClocks } from '../staff/lockoutEnd';
import { counterStatus } from '../views/queueViews';
import { createAttemptLimiter, type AttemptLimiter } from './attemptLimiter';
import { LanRequestError } from './httpErrors';
import { redeemPairingCode } from './pairingCodes';
import { pairingLockout, recordWrongPairingCode } from './pairingLockout';
import { parseInput } from './requestInput';

/** A 6-digit code has a million values: a few wrong guesses a minute per address keep one address from using up everyone's free tries. */
export const PAIRING_FAILURES_PER_MINUTE = 5;

/** Answers the per-address limit on wrong codes, which lifting the pairing lockout clears too. */
export function registerPairingRoutes(app: FastifyInstance, queue: QueueContext, lockoutClocks: LockoutClocks, log: Logger): AttemptLimiter {
  const limiter = createAttemptLimiter({ maxFailures: PAIRING_FAILURES_PER_MINUTE, windowMs: 60_000, sinceBoot: lockoutClocks.sinceBoot });

  app.post('/api/pair', async (request) => {
    // Refusals during a lockout are neither logged nor audited: the lockout's start was, once.
    const retryAfterMs = Math.max(limiter.retryAfterMs(request.ip), pairingLockout.lockedForMs(queue.db, lockoutClocks));
    if (retryAfterMs > 0) {
      const retryAfter = String(Math.ceil(retryAfterMs / 1000));
      throw new LanRequestError(429, 'TOO_MANY_ATTEMPTS', `Too many wrong pairing codes: try again in ${retryAfter} s`, { 'Retry-After': retryAfter });
    }
    const { code } = parseInput(pairRequestSchema, request.body);
    // One transaction: no token is issued for a counter that is no longer configured, and a wrong code is counted with its use.
    const outcome = writeTransaction(queue.db, () => {
      const pairing = redeemPairingCode(queue.db, queue.clock, code);
      if (!pairing) return { wrong: recordWrongPairingCode(queue.db, lockoutClocks, request.ip) };
      pairingLockout.clear(queue.db);
      return { paired: { token: pairing.token, counter: counterStatus(queue, pairing.counterId).counter } };
    });
    if (outcome.wrong) {
      limiter.recordFailure(request.ip);
      const { consecutiveFailures, lockoutMs } = outcome.wrong;
      if (lockoutMs > 0) {
        log.warn(`Pairing locked for every address for ${Math.ceil(lockoutMs / 1000)} s: ${consecutiveFailures} wrong pairing codes in a row, the last from ${request.ip}`);
      }
      throw new LanRequestError(401, 'PAIRING_FAILED', 'This pairing code is wrong, used or expired: ask for a new one at the kiosk');
    }
    log.info(`Counter ${outcome.paired.counter.number} paired a browser`);
    return pairResponseSchema.parse(outcome.paired);
  });
  return limiter;
}
