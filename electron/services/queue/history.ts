import { writeTransaction } from '../database/openDatabase';
import { businessDayBefore, businessDayStartMs } from '../../../shared/businessDay';
import { waitForecastRows } from '../estimates/waitForecastRows';
import { districtDeliveryRows } from '../statistics/districtDeliveryRows';
import { numberSequenceRows } from './numberSequenceRows';
import { outboxRows } from './outboxRows';
import { currentBusinessDay, type QueueContext } from './queueContext';
import { ticketRows } from './ticketRows';

/** Business days of ticket rows kept for statistics when the office sets no `historyDays`. */
export const DEFAULT_HISTORY_DAYS = 400;

export interface PrunedHistory {
  outboxEvents: number;
  tickets: number;
  waitForecasts: number;
  numberSequences: number;
  districtDeliveryDays: number;
}

/**
 * Deletes what nobody needs any more, so that nothing the kiosk reads grows with its age:
 * outbox events of earlier business days once delivered (all of them when no district server
 * takes them; live views only replay today's), office snapshots a newer one replaced, and
 * tickets (with the wait forecasts shown for them), number sequences and the district's message
 * counts of days older than the office keeps for statistics.
 */
export function pruneHistory(ctx: QueueContext, options: { districtSends: boolean }): PrunedHistory {
  const office = ctx.office();
  const today = currentBusinessDay(ctx);
  const todayStarted = new Date(businessDayStartMs(today, office.businessDayStartHour)).toISOString();
  const oldestKeptDay = businessDayBefore(today, office.historyDays ?? DEFAULT_HISTORY_DAYS);
  const outbox = outboxRows(ctx.db);
  return writeTransaction(ctx.db, () => ({
    outboxEvents: outbox.pruneBefore(todayStarted, options.districtSends) + outbox.pruneSupersededSnapshots(),
    tickets: ticketRows(ctx.db).pruneDaysBefore(oldestKeptDay),
    waitForecasts: waitForecastRows(ctx.db).pruneDaysBefore(oldestKeptDay),
    numberSequences: numberSequenceRows(ctx.db).pruneDaysBefore(oldestKeptDay),
    districtDeliveryDays: districtDeliveryRows(ctx.db).pruneDaysBefore(oldestKeptDay),
  }));
}
