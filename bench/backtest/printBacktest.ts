import { goalHeader, goalRow, groupHeader, groupRows } from './backtestReport';
import { EXTRA_SEEDS, HELD_OUT_SEEDS, KIOSK_IN_USE_DAYS_BEFORE, runBacktest, TUNING_SEEDS, type LayoutReport } from './runBacktest';
import { extraLayouts, officeLayouts } from './officeLayouts';
import { printTable } from '../stats';

const IN_USE = 'a kiosk in use: one earlier day in its database';
const FIRST_DAY = "the kiosk's first day: no earlier day";

/**
 * Every layout on the held-out seeds, group by group beside the two baselines; then the goal per
 * layout on held-out seeds, on a kiosk in use and on its first day, on the two later layouts' own
 * seeds, and on the seeds the constants were set on.
 */
export function printBacktest(): void {
  const heldOut = runBacktest(officeLayouts, HELD_OUT_SEEDS, KIOSK_IN_USE_DAYS_BEFORE);
  for (const report of heldOut) {
    printTable(`Wait estimates — ${report.layout} (held-out seeds ${report.seeds.join(', ')}, ${IN_USE}; minutes; unknown counts as a miss)`, groupHeader, groupRows(report.groups));
  }
  const goalTable = (title: string, reports: readonly LayoutReport[]) => printTable(title, goalHeader, reports.map((r) => goalRow(r.layout, r.tickets.length, r.goal)));
  goalTable(`Wait estimate goal per layout, held-out seeds ${HELD_OUT_SEEDS.join(', ')}, ${IN_USE}`, heldOut);
  goalTable(`… the same seeds, ${FIRST_DAY}`, runBacktest(officeLayouts, HELD_OUT_SEEDS, 0));
  goalTable(`… two later layouts on their own seeds (${EXTRA_SEEDS.join(', ')}), ${IN_USE}`, runBacktest(extraLayouts, EXTRA_SEEDS, KIOSK_IN_USE_DAYS_BEFORE));
  goalTable(`… the same, ${FIRST_DAY}`, runBacktest(extraLayouts, EXTRA_SEEDS, 0));
  goalTable(`… every layout on the seeds the constants were set on (${TUNING_SEEDS.join(', ')}), ${IN_USE}`, runBacktest([...officeLayouts, ...extraLayouts], TUNING_SEEDS, KIOSK_IN_USE_DAYS_BEFORE));
}

if (process.argv[1]?.endsWith('printBacktest.ts')) printBacktest();
