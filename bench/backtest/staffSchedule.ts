import { seoulInstant, type OfficeDayScenario } from './officeLayouts';
import type { Random } from './seededRandom';

export interface DeskSwitch {
  atMs: number;
  counterId: string;
  state: 'open' | 'paused' | 'closed';
}

/**
 * Each desk's day as its staff live it: the configured schedule (opening, lunch turn, early
 * closing), drifted by a few minutes each way — opening a little late, lunch a little early or late.
 * In time order.
 */
export function staffSchedule(scenario: OfficeDayScenario, random: Random): DeskSwitch[] {
  const at = (time: string) => seoulInstant(scenario.date, time);
  const drift = scenario.staffDrift;
  return scenario.office.counters
    .flatMap((counter): DeskSwitch[] => [
      { atMs: at(counter.opensAt ?? scenario.opening) + random.uniform(0, drift.lateOpening) * 60_000, counterId: counter.id, state: 'open' },
      ...(counter.lunch
        ? [
            { atMs: at(counter.lunch.start) + random.uniform(-drift.lunch, drift.lunch) * 60_000, counterId: counter.id, state: 'paused' as const },
            { atMs: at(counter.lunch.end) + random.uniform(-drift.lunch / 2, drift.lunch) * 60_000, counterId: counter.id, state: 'open' as const },
          ]
        : []),
      ...(counter.closesAt ? [{ atMs: at(counter.closesAt), counterId: counter.id, state: 'closed' as const }] : []),
    ])
    .sort((a, b) => a.atMs - b.atMs);
}
