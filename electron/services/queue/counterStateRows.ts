import type { CounterState } from '../../../shared/counter';
import { perConnection } from '../database/perConnection';

export type { CounterState } from '../../../shared/counter';

/** The `counter_states` table: a counter without a row is closed. */
export const counterStateRows = perConnection((db) => {
  const stateOf = db.prepare<[string], CounterState>('SELECT state FROM counter_states WHERE counter_id = ?').pluck();
  const set = db.prepare<[string, CounterState]>('INSERT INTO counter_states (counter_id, state) VALUES (?, ?) ON CONFLICT (counter_id) DO UPDATE SET state = excluded.state');
  return {
    stateOf: (counterId: string): CounterState => stateOf.get(counterId) ?? 'closed',
    set: (counterId: string, state: CounterState): void => void set.run(counterId, state),
  };
});
