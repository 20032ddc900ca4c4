import { businessDayOf } from '../../../shared/businessDay';
import type { OfficeConfig } from '../../../shared/office';
import type { Clock } from '../../../nodeShared/clock';
import type { Database } from '../database/openDatabase';
import { clockHighWaterRows } from './clockHighWaterRows';

export interface QueueContext {
  db: Database;
  office: () => OfficeConfig;
  clock: Clock;
}

/** Now, as the queue sees it: never before the last issued ticket, whatever the wall clock says. */
export function queueNow(ctx: QueueContext): number {
  return Math.max(ctx.clock.now(), clockHighWaterRows(ctx.db).read());
}

export function currentBusinessDay(ctx: QueueContext, now = queueNow(ctx)): string {
  return businessDayOf(now, ctx.office().businessDayStartHour);
}

/** A wall clock that jumps backwards must never move issuing into an earlier day or before an earlier ticket. */
export function advanceClockHighWater(db: Database, wallClockMs: number): number {
  const rows = clockHighWaterRows(db);
  const effective = Math.max(wallClockMs, rows.read());
  rows.write(effective);
  return effective;
}
