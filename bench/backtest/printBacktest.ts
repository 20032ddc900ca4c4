import { goalHeader, goalRow, groupHeader, groupRows } from './backtestReport';
import { EXTRA_SEEDS, HELD_OUT_SEEDS, KIOSK_IN_USE_DAYS_BEFORE, runBacktest, TUNING_SEEDS, type LayoutReport } from './runBacktest';
import { extraLayouts, officeLayouts } from './officeLayouts';
import { printTable } from '../stats';

const IN_USE = 'a kiosk in use: one earlier day in its database';
const FIRST_DAY = "the kiosk's first day: no earlier day";

export interface BacktestTable {
  title: string;
  header: string[];
  rows: string[][];
}

/**
 * Every layout on its held-out seeds, group by group beside the two baselines (the seven layouts,
 * the two later ones on their own seeds); then the goal per layout on held-out seeds, on a kiosk in
 * use and on its first day, on the two later layouts' own seeds, and on the seeds the constants were set on.
 */
export function backtestTables(run: typeof runBacktest = runBacktest): BacktestTable[] {
  const heldOut = run(officeLayouts, HELD_OUT_SEEDS, KIOSK_IN_USE_DAYS_BEFORE);
  const extraHeldOut = run(extraLayouts, EXTRA_SEEDS, KIOSK_IN_USE_DAYS_BEFORE);
  const groupTable = (report: LayoutReport): BacktestTable => ({
    title: `Wait estimates — ${report.layout} (held-out seeds ${report.seeds.join(', ')}, ${IN_USE}; minutes; unknown counts as a miss)`,
    header: groupHeader,
    rows: groupRows(report.groups),
  });
  const goalTable = (title: string, reports: readonly LayoutReport[]): BacktestTable => ({ title, header: goalHeader, rows: reports.map((r) => goalRow(r.layout, r.tickets.length, r.goal)) });
  return [
    ...[...heldOut, ...extraHeldOut].map(groupTable),
    goalTable(`Wait estimate goal per layout, held-out seeds ${HELD_OUT_SEEDS.join(', ')}, ${IN_USE}`, heldOut),
    goalTable(`… the same seeds, ${FIRST_DAY}`, run(officeLayouts, HELD_OUT_SEEDS, 0)),
    goalTable(`… two later layouts on their own seeds (${EXTRA_SEEDS.join(', ')}), ${IN_USE}`, extraHeldOut),
    goalTable(`… the same, ${FIRST_DAY}`, run(extraLayouts, EXTRA_SEEDS, 0)),
    goalTable(`… every layout on the seeds the constants were set on (${TUNING_SEEDS.join(', ')}), ${IN_USE}`, run([...officeLayouts, ...extraLayouts], TUNING_SEEDS, KIOSK_IN_USE_DAYS_BEFORE)),
  ];
}

export function printBacktest(): void {
  for (const table of backtestTables()) printTable(table.title, table.header, table.rows);
}

if (process.argv[1]?.endsWith('printBacktest.ts')) printBacktest();
