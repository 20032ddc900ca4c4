import { goalHeader, goalRow, groupHeader, groupRows } from './backtestReport';
import { EXTRA_SEEDS, HELD_OUT_SEEDS, runBacktest, TUNING_SEEDS } from './runBacktest';
import { extraLayouts } from './officeLayouts';
import { printTable } from '../stats';

/** Every layout on the held-out seeds, group by group beside the two baselines, then the goal per layout on held-out and tuning seeds, and on the extra layouts never tuned on. */
export function printBacktest(): void {
  const heldOut = runBacktest(undefined, HELD_OUT_SEEDS);
  for (const report of heldOut) {
    printTable(`Wait estimates — ${report.layout} (held-out seeds ${report.seeds.join(', ')}; minutes; unknown counts as a miss)`, groupHeader, groupRows(report.groups));
  }
  printTable(`Wait estimate goal per layout, held-out seeds ${HELD_OUT_SEEDS.join(', ')}`, goalHeader, heldOut.map((r) => goalRow(r.layout, r.tickets.length, r.goal)));
  const tuning = runBacktest(undefined, TUNING_SEEDS);
  printTable(`… and on the seeds it was tuned on (${TUNING_SEEDS.join(', ')})`, goalHeader, tuning.map((r) => goalRow(r.layout, r.tickets.length, r.goal)));
  const extra = runBacktest(extraLayouts, EXTRA_SEEDS);
  printTable(`… and on two layouts never tuned on (seeds ${EXTRA_SEEDS.join(', ')})`, goalHeader, extra.map((r) => goalRow(r.layout, r.tickets.length, r.goal)));
}

if (process.argv[1]?.endsWith('printBacktest.ts')) printBacktest();
