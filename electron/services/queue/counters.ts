import type { CounterConfig } from '../../../shared/office';
import { KioskError } from '../kioskError';
import { counterStateRows, type CounterState } from './counterStateRows';
import type { QueueContext } from './queueContext';

export type { CounterState } from './counterStateRows';

export function findCounter(ctx: QueueContext, counterId: string): CounterConfig {
  const counter = ctx.office().counters.find((c) => c.id === counterId);
  if (!counter) throw new KioskError('UNKNOWN_COUNTER', `No counter with id "${counterId}"`);
  return counter;
}

export function counterStateOf(ctx: QueueContext, counterId: string): CounterState {
  return counterStateRows(ctx.db).stateOf(counterId);
}

/** The configured counters that are open now. */
export function openCounters(ctx: QueueContext): CounterConfig[] {
  const states = counterStateRows(ctx.db);
  return ctx.office().counters.filter((c) => states.stateOf(c.id) === 'open');
}
