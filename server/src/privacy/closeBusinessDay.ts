import type { DistrictStore } from '../store/districtStore';

export interface DayCloseReport {
  contactsDestroyed: number;
  historyRowsPruned: number;
}

/** Event ids (the idempotency keys), tickets and their message records are kept this long, then dropped. */
export const HISTORY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Closes every business day before `before` (YYYY-MM-DD): destroys the phone numbers their
 * tickets still hold, refuses phone numbers for them from now on, and drops history older than
 * HISTORY_DAYS. Closing is idempotent and never reopens a day.
 */
export async function closeBusinessDay(store: DistrictStore, before: string, nowMs: number): Promise<DayCloseReport> {
  return (await close(store, before, nowMs, false)) as DayCloseReport;
}

/**
 * The nightly close, when several instances run it: the first to claim the day closes it, the
 * others (and a restart the same night) get null. The claim commits with the close itself.
 */
export function closeBusinessDayOnce(store: DistrictStore, before: string, nowMs: number): Promise<DayCloseReport | null> {
  return close(store, before, nowMs, true);
}

async function close(store: DistrictStore, before: string, nowMs: number, once: boolean): Promise<DayCloseReport | null> {
  const historyDay = new Date(Date.parse(`${before}T00:00:00Z`) - HISTORY_DAYS * DAY_MS).toISOString();
  const report = await store.transaction(async (tx) => {
    if (once && !(await tx.claimDayClose(before, new Date(nowMs).toISOString()))) return null;
    const closed = await tx.closedBefore();
    if (!closed || closed < before) await tx.setClosedBefore(before);
    let contactsDestroyed = 0;
    for (const ticketId of await tx.ticketsWithContactsBefore(before)) {
      if (await tx.destroyContact(ticketId)) contactsDestroyed += 1;
    }
    const historyRowsPruned = await tx.pruneHistory(new Date(nowMs - HISTORY_DAYS * DAY_MS).toISOString(), historyDay.slice(0, 10));
    return { contactsDestroyed, historyRowsPruned };
  });
  if (report) await store.scrubDeletedData();
  return report;
}
