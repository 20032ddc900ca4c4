import type { Clock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import type { PostOutcome } from './districtClient';
import { createRetrySchedule, type CircuitState, type RetryPolicy } from './retrySchedule';

/** An invalid batch is no failure of the link: the worker splits it and sets the bad event aside. */
export type SyncFailure = Exclude<PostOutcome, { kind: 'answered' } | { kind: 'invalid' }>;

export interface SyncHealthState {
  lastSuccessAt: string | null;
  lastError: string | null;
  circuit: CircuitState;
  /** Set while the worker waits before trying again. */
  nextAttemptAt: string | null;
}

/** What the district sync has lately experienced, when it may try again, and what it tells the log: once per change, not once per retry. */
export interface SyncHealth {
  mayAttempt(): boolean;
  /** Milliseconds until the next attempt may start. */
  waitMs(): number;
  succeeded(): void;
  failed(failure: SyncFailure): void;
  state(): SyncHealthState;
}

export function createSyncHealth(clock: Clock, log: Logger, policy: RetryPolicy, random: () => number): SyncHealth {
  const schedule = createRetrySchedule(policy, random);
  let lastSuccessAt: string | null = null;
  let lastError: string | null = null;
  const nowIso = () => new Date(clock.now()).toISOString();

  return {
    mayAttempt: () => clock.now() >= schedule.nextAttemptAt(),
    waitMs: () => Math.max(0, schedule.nextAttemptAt() - clock.now()),
    succeeded() {
      if (lastError !== null) log.info('District sync is delivering again');
      schedule.succeeded();
      lastError = null;
      lastSuccessAt = nowIso();
    },
    failed(failure) {
      const now = clock.now();
      const wasClosed = schedule.circuit(now) === 'closed';
      if (failure.kind === 'refused') schedule.refused(now);
      else schedule.failed(now, failure.retryAfterMs);
      if (failure.reason !== lastError) {
        const message = `District sync: ${failure.reason}`;
        if (failure.kind === 'refused') log.error(message);
        else log.warn(message);
      }
      if (wasClosed && schedule.circuit(now) === 'open') {
        log.warn(`District sync paused for ${Math.round(policy.openMs / 1000)} s after ${policy.failuresToOpen} failures in a row`);
      }
      lastError = failure.reason;
    },
    state() {
      const now = clock.now();
      const nextAt = schedule.nextAttemptAt();
      return { lastSuccessAt, lastError, circuit: schedule.circuit(now), nextAttemptAt: nextAt > now ? new Date(nextAt).toISOString() : null };
    },
  };
}
