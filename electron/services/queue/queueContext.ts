import { businessDayOf } from '../../../shared/businessDay';
import type { OfficeConfig } from '../../../shared/office';
import type { Clock } from '../../../nodeShared/clock';
import type { Database } from '../database/openDatabase';

export interface QueueContext {
  db: Database;
  office: () => OfficeConfig;
  clock: Clock;
}

/** Now, as the queue sees it: never before the last issued ticket, whatever the wall clock says. */
export function queueNow(ctx: QueueContext): number {
  const { instant } = ctx.db.prepare('SELECT instant FROM clock_high_water WHERE id = 1').get() as { instant: number };
  return Math.max(ctx.clock.now(), instant);
}

export function currentBusinessDay(ctx: QueueContext, now = queueNow(ctx)): string {
  return businessDayOf(now, ctx.office().businessDayStartHour);
}
