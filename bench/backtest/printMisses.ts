import { accuracyOf, minutes, percent } from './backtestReport';
import { extraLayouts, officeLayouts } from './officeLayouts';
import { KIOSK_IN_USE_DAYS_BEFORE, runBacktest, TUNING_SEEDS } from './runBacktest';
import type { SimulatedTicket } from './simulateDay';
import { printTable } from '../stats';

/**
 * Where the estimates miss, on the tuning seeds only (held-out seeds stay unseen while the estimator
 * is changed): per layout by hour of issue, and over all layouts by how far ahead the forward pass
 * put the call, what it expected at issue (before calibration) against what happened.
 */
export function printMisses(): void {
  const reports = runBacktest([...officeLayouts, ...extraLayouts], TUNING_SEEDS, KIOSK_IN_USE_DAYS_BEFORE);
  for (const report of reports) {
    const hours = Array.from({ length: 9 }, (_, hour) => hour);
    printTable(
      `Misses — ${report.layout} (tuning seeds ${TUNING_SEEDS.join(', ')}, a kiosk in use) by hour of issue after opening`,
      byHourHeader,
      hours.map((hour) => byHourRow(`${hour}–${hour + 1} h`, report.tickets.filter((t) => t.issuedMinute >= hour * 60 && t.issuedMinute < (hour + 1) * 60))),
    );
  }
  const forecast = reports.flatMap((r) => r.tickets.flatMap((t) => (t.forecastAtIssue ? [{ ticket: t, ...t.forecastAtIssue }] : [])));
  const horizons = [0, 5, 15, 30, 45, 60, 90, Infinity];
  printTable(
    `Forecast at issue against the true wait, every layout (tuning seeds, a kiosk in use), by the forecast's horizon; residual = (true − expected) ÷ spread, a spread under 1 min counted as 1`,
    ['expected call in (min)', 'tickets', 'mean spread', 'residual at 7.5 / 50 / 92.5 %', 'true − expected at 7.5 / 50 / 92.5 % (min)', 'inside', 'longer / shorter'],
    horizons.slice(0, -1).map((from, i) => {
      const to = horizons[i + 1];
      const members = forecast.filter((f) => f.expectedMinutes >= from && f.expectedMinutes < to);
      const residuals = members.map((f) => (f.ticket.trueWaitMinutes - f.expectedMinutes) / Math.max(1, f.spreadMinutes));
      const errors = members.map((f) => f.ticket.trueWaitMinutes - f.expectedMinutes);
      const accuracy = accuracyOf(members.map((f) => f.ticket), 'estimate');
      return [
        to === Infinity ? `${from}+` : `${from}–${to}`,
        String(members.length),
        minutes(mean(members.map((f) => f.spreadMinutes))),
        quantiles(residuals).map(minutes).join(' / '),
        quantiles(errors).map(minutes).join(' / '),
        percent(accuracy.inside),
        `${percent(accuracy.longer)} / ${percent(accuracy.shorter)}`,
      ];
    }),
  );
}

const byHourHeader = ['issued', 'tickets', 'mean wait', 'inside', 'longer / shorter', 'MAE', 'median width', 'true − expected at issue (mean)', 'spread at issue (mean)'];

function byHourRow(label: string, tickets: readonly SimulatedTicket[]): string[] {
  const accuracy = accuracyOf(tickets, 'estimate');
  const forecast = tickets.flatMap((t) => (t.forecastAtIssue ? [{ wait: t.trueWaitMinutes, ...t.forecastAtIssue }] : []));
  return [
    label,
    String(tickets.length),
    minutes(mean(tickets.map((t) => t.trueWaitMinutes))),
    percent(accuracy.inside),
    `${percent(accuracy.longer)} / ${percent(accuracy.shorter)}`,
    minutes(accuracy.meanAbsoluteErrorMinutes),
    minutes(accuracy.medianWidthMinutes),
    minutes(mean(forecast.map((f) => f.wait - f.expectedMinutes))),
    minutes(mean(forecast.map((f) => f.spreadMinutes))),
  ];
}

function quantiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [0.075, 0.5, 0.925].map((share) => sorted[Math.floor(share * (sorted.length - 1))] ?? NaN);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

if (process.argv[1]?.endsWith('printMisses.ts')) printMisses();
