import { writeTransaction } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import { serviceAvailability } from '../../../shared/officeHours';
import type { PrintOutcome } from '../../../shared/printer';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import { settingRows } from '../settings/settingRows';
import { dayStatistics } from '../statistics/officeStatistics';
import { daySummaryLines } from '../statistics/daySummaryReceipt';
import type { TicketPrinting } from './ticketPrinting';

/** The latest business day whose summary the printer confirmed. */
const SUMMARY_PRINTED_KEY = 'day_summary_printed';
const CHECK_EVERY_MS = 60_000;

export interface DaySummaries {
  /** Prints `businessDay`'s summary now (the manager closed the day by hand). */
  print(businessDay: string): Promise<PrintOutcome>;
  /** Prints the summary a closed day is owed, if any: the kiosk checks this every minute. */
  printDue(): Promise<PrintOutcome | null>;
  /** The manager reopened `businessDay`: its figures will change, so it owes a summary again when it ends. */
  owedAgain(businessDay: string): void;
  close(): void;
}

/**
 * The printed end-of-day summary. It comes out once per business day with tickets: when the office
 * has closed for the day and nobody waits or is at a counter, or else at the next business day's
 * start (a kiosk without hours, or one that was off at closing), or when the manager closes the day.
 * A print the printer did not confirm (no paper, cover open) is tried again at the next check.
 */
export function startDaySummaries(deps: { queue: QueueContext; printing: TicketPrinting; log: Logger; officeConfigured: () => boolean }): DaySummaries {
  const { queue, printing, log, officeConfigured } = deps;
  const settings = settingRows(queue.db);
  const printedUpTo = () => settings.read(SUMMARY_PRINTED_KEY) ?? '';
  let checking: Promise<PrintOutcome | null> | null = null;

  const print = async (businessDay: string): Promise<PrintOutcome> => {
    const outcome = await printing.printText(daySummaryLines(dayStatistics(queue, businessDay), queue.office(), queueNow(queue)));
    // A second copy of a summary harms nobody, a missing one leaves the manager without the day's figures.
    if (outcome.status !== 'printed') log.warn(`The summary of ${businessDay} did not print (${outcome.reason}): it is tried again`);
    else if (businessDay > printedUpTo()) writeTransaction(queue.db, () => settings.write(SUMMARY_PRINTED_KEY, businessDay));
    return outcome;
  };

  const dueDay = (): string | null => {
    const now = queueNow(queue);
    const today = currentBusinessDay(queue, now);
    const rows = ticketRows(queue.db);
    const earlier = rows.latestDayBefore(today);
    if (earlier !== null && earlier > printedUpTo()) return earlier;
    const closedForToday = serviceAvailability(queue.office().hours, undefined, now);
    const dayIsOver =
      queue.office().hours !== undefined &&
      !closedForToday.open &&
      closedForToday.reason === 'after-closing' &&
      rows.waitingOfDay(today).length === 0 &&
      rows.calledAtCounters(today).length === 0;
    return dayIsOver && today > printedUpTo() && rows.hasTicketsOn(today) ? today : null;
  };

  const check = async (): Promise<PrintOutcome | null> => {
    try {
      if (!officeConfigured()) return null;
      const day = dueDay();
      return day === null ? null : await print(day);
    } catch (error) {
      log.error(`Printing the day summary failed: ${error instanceof Error ? error.message : 'unknown error'}`);
      return null;
    }
  };
  /** One check at a time: a slow print must not let the next minute's check print the same summary again. */
  const printDue = (): Promise<PrintOutcome | null> => {
    if (!checking) checking = check().finally(() => (checking = null));
    return checking;
  };

  const owedAgain = (businessDay: string) => {
    if (printedUpTo() < businessDay) return;
    const dayBefore = ticketRows(queue.db).latestDayBefore(businessDay) ?? '';
    writeTransaction(queue.db, () => settings.write(SUMMARY_PRINTED_KEY, dayBefore));
  };

  const timer = setInterval(() => void printDue(), CHECK_EVERY_MS);
  timer.unref();
  return { print, printDue, owedAgain, close: () => clearInterval(timer) };
}
