import { createHash } from 'node:crypto';
import { officeBusinessDays, type OfficeBusinessDays } from '../offices/officeBusinessDays';
import type { DistrictStore, DistrictTransaction } from '../store/districtStore';

export interface DayCloseReport {
  contactsDestroyed: number;
  historyRowsPruned: number;
}

/** Event ids (the idempotency keys), tickets and their message records are kept this long, then dropped. */
export const HISTORY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Closes every business day before `before` (YYYY-MM-DD), in every office: destroys the phone
 * numbers their tickets still hold, refuses phone numbers for them from now on, and drops history
 * older than HISTORY_DAYS. Closing is idempotent and never reopens a day.
 */
export async function closeBusinessDay(store: DistrictStore, before: string, nowMs: number): Promise<DayCloseReport> {
  const everyOffice: OfficeBusinessDays = { dayOf: () => before, days: [before], byDefault: before, offices: new Map() };
  return (await close(store, async () => everyOffice, nowMs, false)) as DayCloseReport;
}

/**
 * The nightly close, run at every hour some office's day may start: each office's days before its
 * current one (by the start hour its kiosks sent, else `defaultHour`) close, so an office whose day
 * starts later keeps its running day's numbers. When several instances run it, the first to claim
 * what it closes does it, the others (and a restart before any office's day moves on) get null.
 * The claim commits with the close itself.
 */
export function closeEndedBusinessDays(store: DistrictStore, nowMs: number, defaultHour: number): Promise<DayCloseReport | null> {
  return close(store, (tx) => officeBusinessDays(tx, nowMs, defaultHour), nowMs, true);
}

/**
 * What a close closes, as its claim: each office's first open day, and the default one, hashed so a
 * district of many offices still fits the claim's key (PostgreSQL refuses index entries over ~2.7 kB).
 */
function claimOf({ byDefault, offices }: OfficeBusinessDays): string {
  const closes = [byDefault, ...[...offices].map(([officeId, day]) => `${officeId}=${day}`).sort()].join(' ');
  return `${byDefault} ${createHash('sha256').update(closes).digest('hex')}`;
}

async function close(store: DistrictStore, openDays: (tx: DistrictTransaction) => Promise<OfficeBusinessDays>, nowMs: number, once: boolean): Promise<DayCloseReport | null> {
  const report = await store.transaction(async (tx) => {
    const open = await openDays(tx);
    if (once && !(await tx.claimDayClose(claimOf(open), new Date(nowMs).toISOString()))) return null;
    const days = [...open.days, open.byDefault].sort();
    const [everyOfficeBefore, someOfficeBefore] = [days[0]!, days[days.length - 1]!];
    await closeBefore(tx, everyOfficeBefore);
    for (const [officeId, day] of open.offices) await closeBefore(tx, day, officeId);
    let contactsDestroyed = 0;
    const candidates = await tx.ticketsWithContactsBefore(someOfficeBefore);
    const tickets = await tx.findTickets(candidates);
    for (const ticketId of candidates) {
      const ticket = tickets.get(ticketId);
      // A contact whose ticket is gone is older than the history kept: its day closed long ago.
      if (ticket && ticket.businessDay >= open.dayOf(ticket.officeId)) continue;
      if (await tx.destroyContact(ticketId)) contactsDestroyed += 1;
    }
    const historyDay = new Date(Date.parse(`${everyOfficeBefore}T00:00:00Z`) - HISTORY_DAYS * DAY_MS).toISOString();
    const historyRowsPruned = await tx.pruneHistory(new Date(nowMs - HISTORY_DAYS * DAY_MS).toISOString(), historyDay.slice(0, 10));
    return { contactsDestroyed, historyRowsPruned };
  });
  if (report) await store.scrubDeletedData();
  return report;
}

/** Never reopens a day: a close that names an earlier day than the last leaves it. */
async function closeBefore(tx: DistrictTransaction, day: string, officeId?: string): Promise<void> {
  const closed = await tx.closedBefore(officeId);
  if (!closed || closed < day) await tx.setClosedBefore(day, officeId);
}
