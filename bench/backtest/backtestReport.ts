import type { SimulatedTicket } from './simulateDay';

export interface EstimateAccuracy {
  tickets: number;
  meanTrueWaitMinutes: number;
  /** Mean |true wait − range midpoint| over tickets given a range; null when none was. */
  meanAbsoluteErrorMinutes: number | null;
  /** Share of ranged tickets whose true wait fell inside the range (bounds included). */
  coverage: number | null;
  meanRangeWidthMinutes: number | null;
  unknownShare: number;
}

export interface BacktestReport {
  days: number;
  overall: EstimateAccuracy;
  byService: { serviceId: string; accuracy: EstimateAccuracy }[];
}

export function summarise(days: number, tickets: readonly SimulatedTicket[]): BacktestReport {
  const serviceIds = [...new Set(tickets.map((t) => t.serviceId))].sort();
  return {
    days,
    overall: accuracyOf(tickets),
    byService: serviceIds.map((serviceId) => ({ serviceId, accuracy: accuracyOf(tickets.filter((t) => t.serviceId === serviceId)) })),
  };
}

function accuracyOf(tickets: readonly SimulatedTicket[]): EstimateAccuracy {
  const ranged = tickets.flatMap((t) => (t.estimate.kind === 'range' ? [{ ...t.estimate, trueWait: t.trueWaitMinutes }] : []));
  const meanOr = (values: number[]) => (values.length === 0 ? null : mean(values));
  return {
    tickets: tickets.length,
    meanTrueWaitMinutes: mean(tickets.map((t) => t.trueWaitMinutes)),
    meanAbsoluteErrorMinutes: meanOr(ranged.map((r) => Math.abs(r.trueWait - (r.minMinutes + r.maxMinutes) / 2))),
    coverage: meanOr(ranged.map((r) => (r.trueWait >= r.minMinutes && r.trueWait <= r.maxMinutes ? 1 : 0))),
    meanRangeWidthMinutes: meanOr(ranged.map((r) => r.maxMinutes - r.minMinutes)),
    unknownShare: tickets.length === 0 ? 0 : (tickets.length - ranged.length) / tickets.length,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export const backtestHeader = ['service', 'tickets', 'mean true wait', 'MAE vs midpoint', 'inside range', 'mean range width', 'unknown'];

/** The report as table rows (per service, then all services) for bench/stats printTable, under `backtestHeader`. */
export function backtestRows(report: BacktestReport): string[][] {
  const minutes = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} min`);
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(0)} %`);
  const row = (label: string, a: EstimateAccuracy) => [
    label,
    String(a.tickets),
    minutes(a.meanTrueWaitMinutes),
    minutes(a.meanAbsoluteErrorMinutes),
    percent(a.coverage),
    minutes(a.meanRangeWidthMinutes),
    percent(a.unknownShare),
  ];
  return [...report.byService.map((s) => row(s.serviceId, s.accuracy)), row('all services', report.overall)];
}
