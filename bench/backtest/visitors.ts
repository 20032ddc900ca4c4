import { seoulInstant, type OfficeDayScenario } from './officeLayouts';
import type { Random } from './seededRandom';

export interface Visitor {
  arrivesAtMs: number;
  serviceId: string;
  priority: boolean;
  /** Left before being called: the desk calls, recalls and marks a no-show. */
  leaves: boolean;
  walkUpMinutes: number;
  serviceMinutes: number;
}

/**
 * The day's visitors, all drawn before the day is run so that the same seed gives the same
 * residents with the same needs, whatever the queue then does with them. Arrivals are a
 * non-homogeneous Poisson process (drawn by thinning), plus the queue at the door and a surge.
 */
export function drawVisitors(scenario: OfficeDayScenario, random: Random): Visitor[] {
  const periods = scenario.arrivalProfile.map((p) => ({ fromMs: seoulInstant(scenario.date, p.from), toMs: seoulInstant(scenario.date, p.to), perHour: p.perHour }));
  const profileVisitors = periods.reduce((sum, p) => sum + (p.perHour * (p.toMs - p.fromMs)) / 3_600_000, 0);
  const scale = scenario.expectedVisitors / profileVisitors;
  const perMinuteAt = (ms: number) => ((periods.find((p) => ms >= p.fromMs && ms < p.toMs)?.perHour ?? 0) * scale) / 60;
  const peakPerMinute = Math.max(...periods.map((p) => p.perHour)) * (scale / 60);

  const arrivals: number[] = [];
  const endMs = periods[periods.length - 1].toMs;
  for (let atMs = periods[0].fromMs + random.exponential(peakPerMinute) * 60_000; atMs < endMs; atMs += random.exponential(peakPerMinute) * 60_000) {
    if (random.next() * peakPerMinute < perMinuteAt(atMs)) arrivals.push(atMs);
  }
  for (const burst of [scenario.doorQueue, scenario.surge]) {
    if (!burst) continue;
    const fromMs = seoulInstant(scenario.date, burst.from);
    const toMs = seoulInstant(scenario.date, burst.to);
    for (let i = 0; i < burst.visitors; i += 1) arrivals.push(random.uniform(fromMs, toMs));
  }
  return arrivals.sort((a, b) => a - b).map((atMs) => drawNeeds(scenario, random, Math.round(atMs)));
}

function drawNeeds(scenario: OfficeDayScenario, random: Random, arrivesAtMs: number): Visitor {
  const serviceId = random.pickWeighted(scenario.serviceMix);
  return { arrivesAtMs, serviceId, ...drawCase(scenario, random, serviceId) };
}

/** What a resident of `serviceId` turns out to need, drawn in the generator's order: its case, priority, whether they leave, walk-up and time at the desk. */
export function drawCase(scenario: OfficeDayScenario, random: Random, serviceId: string): Omit<Visitor, 'arrivesAtMs' | 'serviceId'> {
  const { meanMinutes, sdMinutes } = scenario.serviceTimes[serviceId];
  const complicated = random.next() < scenario.complicatedCases.share ? scenario.complicatedCases.factor : 1;
  return {
    priority: random.next() < scenario.priorityShare,
    leaves: random.next() < scenario.noShowShare,
    walkUpMinutes: random.uniform(scenario.walkUpMinutes.min, scenario.walkUpMinutes.max),
    serviceMinutes: random.lognormal(meanMinutes, sdMinutes) * complicated,
  };
}
