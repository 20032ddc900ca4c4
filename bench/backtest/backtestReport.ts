import type { WaitEstimate } from '../../shared/waitEstimate';
import type { SimulatedTicket } from './simulateDay';

/** How one estimator did on a set of tickets. Unknown counts as a miss: neither inside, longer nor shorter. */
export interface EstimateAccuracy {
  tickets: number;
  /** Share of all tickets whose true wait fell inside the range shown (bounds included). */
  inside: number;
  /** Mean |true wait − range midpoint| over tickets given a range; null when none was. */
  meanAbsoluteErrorMinutes: number | null;
  medianWidthMinutes: number | null;
  /** Shares of all tickets that waited longer than the top, or shorter than the bottom, of their range. */
  longer: number;
  shorter: number;
  unknown: number;
}

export type Estimator = 'estimate' | 'aheadBaseline' | 'lastCalledBaseline';
export const estimators: readonly Estimator[] = ['estimate', 'aheadBaseline', 'lastCalledBaseline'];

export interface GroupAccuracy {
  group: string;
  tickets: number;
  meanTrueWaitMinutes: number;
  by: Record<Estimator, EstimateAccuracy>;
}

/** The goal every layout must meet (issue 11). */
export const GOAL = { inside: 0.8, meanAbsoluteErrorMinutes: 6, medianWidthMinutes: 15, longRareInside: 0.7 };

const FIRST_HOUR = 60;
/** 12:00–13:00 on a day opening at 09:00. */
const LUNCH_HOUR = { from: 180, to: 240 };

export function accuracyOf(tickets: readonly SimulatedTicket[], estimator: Estimator): EstimateAccuracy {
  const ranged = tickets.flatMap((t) => rangeWith(t[estimator], t.trueWaitMinutes));
  const share = (n: number) => (tickets.length === 0 ? 0 : n / tickets.length);
  return {
    tickets: tickets.length,
    inside: share(ranged.filter((r) => r.wait >= r.minMinutes && r.wait <= r.maxMinutes).length),
    meanAbsoluteErrorMinutes: ranged.length === 0 ? null : mean(ranged.map((r) => Math.abs(r.wait - (r.minMinutes + r.maxMinutes) / 2))),
    medianWidthMinutes: ranged.length === 0 ? null : median(ranged.map((r) => r.maxMinutes - r.minMinutes)),
    longer: share(ranged.filter((r) => r.wait > r.maxMinutes).length),
    shorter: share(ranged.filter((r) => r.wait < r.minMinutes).length),
    unknown: share(tickets.length - ranged.length),
  };
}

function rangeWith(estimate: WaitEstimate, wait: number): { minMinutes: number; maxMinutes: number; wait: number }[] {
  return estimate.kind === 'range' ? [{ minMinutes: estimate.minMinutes, maxMinutes: estimate.maxMinutes, wait }] : [];
}

/** All tickets, each service, the first hour after opening (with the queue at the door) and the lunch hour. */
export function groupAccuracies(tickets: readonly SimulatedTicket[]): GroupAccuracy[] {
  const groups: [string, SimulatedTicket[]][] = [
    ['all', [...tickets]],
    ...[...new Set(tickets.map((t) => t.serviceId))].sort().map((id): [string, SimulatedTicket[]] => [id, tickets.filter((t) => t.serviceId === id)]),
    ['first hour', tickets.filter((t) => t.issuedMinute < FIRST_HOUR)],
    ['lunch hour', tickets.filter((t) => t.issuedMinute >= LUNCH_HOUR.from && t.issuedMinute < LUNCH_HOUR.to)],
  ];
  return groups.map(([group, members]) => ({
    group,
    tickets: members.length,
    meanTrueWaitMinutes: members.length === 0 ? 0 : mean(members.map((t) => t.trueWaitMinutes)),
    by: { estimate: accuracyOf(members, 'estimate'), aheadBaseline: accuracyOf(members, 'aheadBaseline'), lastCalledBaseline: accuracyOf(members, 'lastCalledBaseline') },
  }));
}

export interface GoalCheck {
  inside: number;
  /** Which way the misses lean: shares waited longer than the top, shorter than the bottom; and shares told "unknown". */
  longer: number;
  shorter: number;
  unknown: number;
  meanAbsoluteErrorMinutes: number;
  medianWidthMinutes: number;
  longRareInside: number | null;
  beatsBaselines: boolean;
  met: boolean;
}

/** Whether a layout meets the goal: coverage, error, width, the long rare service, and better than both baselines on coverage and error. */
export function checkGoal(tickets: readonly SimulatedTicket[], longRareServiceId: string): GoalCheck {
  const [estimate, ...baselines] = estimators.map((e) => accuracyOf(tickets, e));
  const rare = tickets.filter((t) => t.serviceId === longRareServiceId);
  const longRareInside = rare.length === 0 ? null : accuracyOf(rare, 'estimate').inside;
  const mae = estimate.meanAbsoluteErrorMinutes ?? Infinity;
  const width = estimate.medianWidthMinutes ?? Infinity;
  const beatsBaselines = baselines.every((b) => estimate.inside > b.inside && mae < (b.meanAbsoluteErrorMinutes ?? Infinity));
  return {
    inside: estimate.inside,
    longer: estimate.longer,
    shorter: estimate.shorter,
    unknown: estimate.unknown,
    meanAbsoluteErrorMinutes: mae,
    medianWidthMinutes: width,
    longRareInside,
    beatsBaselines,
    met: estimate.inside >= GOAL.inside && mae <= GOAL.meanAbsoluteErrorMinutes && width <= GOAL.medianWidthMinutes && (longRareInside ?? 1) >= GOAL.longRareInside && beatsBaselines,
  };
}

export const groupHeader = ['group', 'tickets', 'mean wait', 'inside: est | people×mean | last called', 'MAE: est | p×m | last', 'median width: est | p×m | last', 'est longer / shorter', 'est unknown'];

export function groupRows(groups: readonly GroupAccuracy[]): string[][] {
  return groups.map(({ group, tickets, meanTrueWaitMinutes, by }) => {
    const three = (pick: (a: EstimateAccuracy) => string) => estimators.map((e) => pick(by[e])).join(' | ');
    return [
      group,
      String(tickets),
      minutes(meanTrueWaitMinutes),
      three((a) => percent(a.inside)),
      three((a) => minutes(a.meanAbsoluteErrorMinutes)),
      three((a) => minutes(a.medianWidthMinutes)),
      `${percent(by.estimate.longer)} / ${percent(by.estimate.shorter)}`,
      percent(by.estimate.unknown),
    ];
  });
}

export const goalHeader = ['layout', 'tickets', 'inside ≥ 80 %', 'MAE ≤ 6 min', 'median width ≤ 15', 'passport ≥ 70 %', 'beats both baselines', 'longer / shorter', 'unknown', 'goal'];

export function goalRow(layout: string, tickets: number, check: GoalCheck): string[] {
  return [
    layout,
    String(tickets),
    percent(check.inside),
    minutes(check.meanAbsoluteErrorMinutes),
    minutes(check.medianWidthMinutes),
    check.longRareInside === null ? '–' : percent(check.longRareInside),
    check.beatsBaselines ? 'yes' : 'no',
    `${percent(check.longer)} / ${percent(check.shorter)}`,
    percent(check.unknown),
    check.met ? 'met' : 'MISSED',
  ];
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(0)} %`;
}

export function minutes(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : `${value.toFixed(1)}`;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
