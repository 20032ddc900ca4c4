import type { Language } from '../../../shared/language';
import { perConnection } from '../database/perConnection';
import { firstToCall, type CallCandidate } from './callOrder';

export type PrintState = 'pending' | 'printed' | 'failed' | 'none';
export type TicketStatus = 'waiting' | 'called' | 'done' | 'no_show' | 'cancelled';

export interface TicketRow {
  id: string;
  business_day: string;
  service_id: string;
  numbered_service_id: string;
  sequence: number;
  display_number: string;
  kind: 'paper' | 'mobile';
  status: TicketStatus;
  print_state: PrintState;
  language: Language;
  issued_at: string;
  issued_at_ms: number;
  priority: 0 | 1;
  counter_id: string | null;
  called_at_ms: number | null;
  last_called_at_ms: number | null;
  recall_count: number;
  serving_started_at_ms: number | null;
  finished_at_ms: number | null;
  status_token: string | null;
}

export type NewTicket = Pick<
  TicketRow,
  'id' | 'business_day' | 'service_id' | 'sequence' | 'display_number' | 'kind' | 'print_state' | 'language' | 'issued_at' | 'issued_at_ms' | 'priority' | 'status_token'
>;

/** What the district's issue event needs beyond the outbox row. */
export interface DistrictTicketFacts {
  lineOrder: number;
  kind: 'paper' | 'mobile';
  language: string;
  status: TicketStatus;
}

/** What statistics read of a ticket: its timings and outcome, nothing about the resident. */
export type TicketOutcomeRow = Pick<
  TicketRow,
  'business_day' | 'service_id' | 'kind' | 'status' | 'counter_id' | 'issued_at_ms' | 'called_at_ms' | 'serving_started_at_ms' | 'finished_at_ms'
>;

/** Service ids travel as one JSON array parameter, so a statement serves any number of them. */
const serviceIdList = (serviceIds: readonly string[]) => JSON.stringify(serviceIds);
const IN_SERVICES = 'service_id IN (SELECT value FROM json_each(?))';
/**
 * Waiting, and in the line: a paper ticket whose print failed is not, since its resident may have
 * walked away without paper. It is neither called nor counted ahead of anyone until staff (or the
 * resident) print it again; staff may also cancel it at the ticket desk.
 */
export const inLineSql = (table = 'tickets') => `${table}.status = 'waiting' AND NOT (${table}.kind = 'paper' AND ${table}.print_state = 'failed')`;
const IN_LINE = inLineSql();

/** The `tickets` table: every statement on it, prepared once per connection. */
export const ticketRows = perConnection((db) => {
  const byId = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?');
  const insert = db.prepare<NewTicket>(
    `INSERT INTO tickets (id, business_day, service_id, numbered_service_id, sequence, display_number, kind, status, print_state, language, issued_at, issued_at_ms, priority, status_token)
     VALUES (@id, @business_day, @service_id, @service_id, @sequence, @display_number, @kind, 'waiting', @print_state, @language, @issued_at, @issued_at_ms, @priority, @status_token)`,
  );
  const numberInUse = db.prepare<[string, string, string], number>(
    `SELECT 1 FROM tickets WHERE business_day = ? AND numbered_service_id = ? AND display_number = ? AND status IN ('waiting', 'called')`,
  ).pluck();
  const peopleAhead = db.prepare<[string], number>(
    `SELECT COUNT(*) FROM tickets AS other, tickets AS mine
      WHERE mine.id = ? AND other.business_day = mine.business_day AND other.service_id = mine.service_id
        AND ${inLineSql('other')} AND other.rowid < mine.rowid`,
  ).pluck();
  const waitingCount = db.prepare<[string, string], number>(`SELECT COUNT(*) FROM tickets WHERE business_day = ? AND service_id = ? AND ${IN_LINE}`).pluck();
  const waitingCounts = db.prepare<[string], { service_id: string; n: number }>(
    `SELECT service_id, COUNT(*) AS n FROM tickets WHERE business_day = ? AND ${IN_LINE} GROUP BY service_id`,
  );
  const waitingFor = db.prepare<[string, string], TicketRow>(
    `SELECT * FROM tickets WHERE business_day = ? AND service_id = ? AND status = 'waiting' ORDER BY rowid`,
  );
  const numbersIssued = db.prepare<[string], { numbered_service_id: string; display_number: string }>(
    'SELECT numbered_service_id, display_number FROM tickets WHERE business_day = ?',
  );
  const waitingInIssueOrder = db.prepare<[string], { id: string; service_id: string }>(
    `SELECT id, service_id FROM tickets WHERE business_day = ? AND ${IN_LINE} ORDER BY rowid`,
  );
  const atCounter = db.prepare<[string, string], TicketRow>(
    `SELECT * FROM tickets WHERE counter_id = ? AND status = 'called' AND business_day = ? ORDER BY called_at_ms DESC LIMIT 1`,
  );
  // Calling reads the heads of the lines through kiosk migration 036's indexes, never sorting a line.
  const byRowid = db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE rowid = ?');
  const firstStarved = db.prepare<[string, number, string, number], number | null>(
    `SELECT MIN(rowid) FROM tickets INDEXED BY tickets_line_by_issue_time
      WHERE business_day = ? AND priority = ? AND ${IN_SERVICES} AND issued_at_ms <= ? AND ${IN_LINE}`,
  ).pluck();
  const headOfLine = db.prepare<[string, string], { line_order: number; priority: number }>(
    `SELECT rowid AS line_order, priority FROM tickets INDEXED BY tickets_line_by_service
      WHERE business_day = ? AND service_id = ? AND ${IN_LINE} ORDER BY priority DESC, rowid LIMIT 1`,
  );
  const calledAtCounters = db.prepare<[string], TicketRow>(`SELECT * FROM tickets WHERE business_day = ? AND status = 'called' AND counter_id IS NOT NULL`);
  const noShows = db.prepare<[string, string], TicketRow>(
    `SELECT * FROM tickets WHERE business_day = ? AND status = 'no_show' AND ${IN_SERVICES} ORDER BY finished_at_ms DESC LIMIT 20`,
  );
  const markCalled = db.prepare<[string, number, number, string]>(
    `UPDATE tickets SET status = 'called', counter_id = ?, called_at_ms = ?, last_called_at_ms = ?, recall_count = 0, serving_started_at_ms = NULL WHERE id = ?`,
  );
  const markRecalled = db.prepare<[number, string]>('UPDATE tickets SET recall_count = recall_count + 1, last_called_at_ms = ? WHERE id = ?');
  const markServing = db.prepare<[number, string]>('UPDATE tickets SET serving_started_at_ms = COALESCE(serving_started_at_ms, ?) WHERE id = ?');
  const markFinished = db.prepare<['done' | 'no_show', number, string]>('UPDATE tickets SET status = ?, finished_at_ms = ? WHERE id = ?');
  const backToWaiting = db.prepare<[string, string]>(
    `UPDATE tickets SET status = 'waiting', service_id = ?, counter_id = NULL, called_at_ms = NULL, last_called_at_ms = NULL,
            recall_count = 0, serving_started_at_ms = NULL, finished_at_ms = NULL WHERE id = ?`,
  );
  const recordPrinted = db.prepare<[PrintState, string]>(`UPDATE tickets SET print_state = ? WHERE id = ? AND print_state = 'pending'`);
  const claimReprint = db.prepare<[string]>(`UPDATE tickets SET print_state = 'pending' WHERE id = ? AND print_state = 'failed' AND status = 'waiting'`);
  const claimMobileCopy = db.prepare<[string]>(
    `UPDATE tickets SET print_state = 'pending' WHERE id = ? AND kind = 'mobile' AND status = 'waiting' AND print_state IN ('none', 'failed')`,
  );
  const cancelUnprinted = db.prepare<[string]>(`UPDATE tickets SET status = 'cancelled' WHERE id = ? AND status = 'waiting' AND print_state = 'failed'`);
  const todaysByNumber = db.prepare<[string, string], TicketRow>('SELECT * FROM tickets WHERE business_day = ? AND display_number = ? ORDER BY rowid DESC');
  const failedPrints = db.prepare<[string], TicketRow>(
    `SELECT * FROM tickets WHERE business_day = ? AND status = 'waiting' AND kind = 'paper' AND print_state = 'failed' ORDER BY rowid`,
  );
  const waitingOfDay = db.prepare<[string], TicketRow>(`SELECT * FROM tickets WHERE business_day = ? AND status = 'waiting' ORDER BY rowid`);
  // A copy: the paper came out before (or failed); never while a print of it is in flight.
  const claimCopy = db.prepare<[string]>(
    `UPDATE tickets SET print_state = 'pending' WHERE id = ? AND kind = 'paper' AND status IN ('waiting', 'called') AND print_state IN ('printed', 'failed')`,
  );
  const cancelWaiting = db.prepare<[number, string]>(`UPDATE tickets SET status = 'cancelled', finished_at_ms = ? WHERE id = ? AND status = 'waiting' AND print_state <> 'pending'`);
  const endWaiting = db.prepare<[number, string]>(`UPDATE tickets SET status = 'cancelled', finished_at_ms = ? WHERE id = ? AND status = 'waiting'`);
  const moveWaiting = db.prepare<[string, string, string]>(`UPDATE tickets SET service_id = ? WHERE id = ? AND status = 'waiting' AND service_id <> ?`);
  const giveStatusToken = db.prepare<[string, string]>('UPDATE tickets SET status_token = ? WHERE id = ? AND status_token IS NULL');
  const statusToken = db.prepare<[string], string>('SELECT status_token FROM tickets WHERE id = ?').pluck();
  const districtFacts = db.prepare<[string], DistrictTicketFacts>('SELECT rowid AS lineOrder, kind, language, status FROM tickets WHERE id = ?');
  const outcomesBetween = db.prepare<[string, string], TicketOutcomeRow>(
    `SELECT business_day, service_id, kind, status, counter_id, issued_at_ms, called_at_ms, serving_started_at_ms, finished_at_ms
       FROM tickets WHERE business_day BETWEEN ? AND ? ORDER BY business_day, rowid`,
  );
  const pruneBefore = db.prepare<[string]>('DELETE FROM tickets WHERE business_day < ?');
  const latestDayBefore = db.prepare<[string], string | null>('SELECT MAX(business_day) FROM tickets WHERE business_day < ?').pluck();
  const anyOnDay = db.prepare<[string], number>('SELECT 1 FROM tickets WHERE business_day = ? LIMIT 1').pluck();
  const oldestDay = db.prepare<[], string | null>('SELECT MIN(business_day) FROM tickets').pluck();
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM tickets').pluck();

  return {
    byId: (id: string): TicketRow | undefined => byId.get(id),
    insert: (ticket: NewTicket): void => void insert.run(ticket),
    numberInUse: (businessDay: string, numberedServiceId: string, displayNumber: string): boolean =>
      numberInUse.get(businessDay, numberedServiceId, displayNumber) !== undefined,
    peopleAhead: (id: string): number => peopleAhead.get(id) ?? 0,
    waitingCount: (businessDay: string, serviceId: string): number => waitingCount.get(businessDay, serviceId) ?? 0,
    waitingCounts: (businessDay: string) => waitingCounts.all(businessDay),
    waitingInIssueOrder: (businessDay: string) => waitingInIssueOrder.all(businessDay),
    /** One service's waiting tickets in issue order. */
    waitingFor: (businessDay: string, serviceId: string): TicketRow[] => waitingFor.all(businessDay, serviceId),
    /** Every number given out on the day, whatever became of its ticket, by the service whose block it came from. */
    numbersIssued: (businessDay: string) => numbersIssued.all(businessDay),
    atCounter: (counterId: string, businessDay: string): TicketRow | undefined => atCounter.get(counterId, businessDay),
    /**
     * The ticket a desk of these services calls next. A ticket waiting past the starvation limit
     * goes before fresher ones; priority first within each group, then issue order. Counting
     * priority tickets among the starved keeps a long line of starved normal tickets from holding
     * a priority resident back for the rest of the day.
     */
    nextToCall(businessDay: string, serviceIds: readonly string[], starvedIssuedBeforeMs: number): TicketRow | undefined {
      // The first starved ticket of each kind; when there is one, nobody fresher goes before it.
      const starved = [1, 0].flatMap((priority): CallCandidate[] => {
        const lineOrder = firstStarved.get(businessDay, priority, serviceIdList(serviceIds), starvedIssuedBeforeMs);
        return lineOrder == null ? [] : [{ lineOrder, priority: priority === 1, starved: true }];
      });
      // Nobody in these lines waited past the limit: the heads of the lines.
      const candidates =
        starved.length > 0
          ? starved
          : [...new Set(serviceIds)].flatMap((serviceId): CallCandidate[] => {
              const head = headOfLine.get(businessDay, serviceId);
              return head ? [{ lineOrder: head.line_order, priority: head.priority === 1, starved: false }] : [];
            });
      const first = firstToCall(candidates);
      return first && byRowid.get(first.lineOrder);
    },
    calledAtCounters: (businessDay: string): TicketRow[] => calledAtCounters.all(businessDay),
    noShows: (businessDay: string, serviceIds: readonly string[]): TicketRow[] => noShows.all(businessDay, serviceIdList(serviceIds)),
    markCalled: (id: string, counterId: string, now: number): void => void markCalled.run(counterId, now, now, id),
    markRecalled: (id: string, now: number): void => void markRecalled.run(now, id),
    markServing: (id: string, now: number): void => void markServing.run(now, id),
    markFinished: (id: string, status: 'done' | 'no_show', now: number): void => void markFinished.run(status, now, id),
    backToWaiting: (id: string, serviceId: string): void => void backToWaiting.run(serviceId, id),
    recordPrintResult: (id: string, printed: boolean): void => void recordPrinted.run(printed ? 'printed' : 'failed', id),
    /** Answers whether this caller took the ticket into 'pending'. */
    claimReprint: (id: string): boolean => claimReprint.run(id).changes === 1,
    claimMobileCopy: (id: string): boolean => claimMobileCopy.run(id).changes === 1,
    cancelUnprinted: (id: string): boolean => cancelUnprinted.run(id).changes === 1,
    /** Today's tickets carrying `displayNumber`, newest first (after a wrap a finished one may share it). */
    todaysByNumber: (businessDay: string, displayNumber: string): TicketRow[] => todaysByNumber.all(businessDay, displayNumber),
    /** Paper tickets whose print failed: out of the line until printed again or cancelled at the ticket desk. */
    failedPrints: (businessDay: string): TicketRow[] => failedPrints.all(businessDay),
    waitingOfDay: (businessDay: string): TicketRow[] => waitingOfDay.all(businessDay),
    claimCopy: (id: string): boolean => claimCopy.run(id).changes === 1,
    cancelWaiting: (id: string, now: number): boolean => cancelWaiting.run(now, id).changes === 1,
    /** The day's close ends every waiting ticket, whatever its paper. */
    endWaiting: (id: string, now: number): void => void endWaiting.run(now, id),
    /** Keeps the ticket's number and its place by issue order (rowid); only the line it waits in changes. */
    moveWaiting: (id: string, serviceId: string): boolean => moveWaiting.run(serviceId, id, serviceId).changes === 1,
    /** Gives the ticket `token` unless it has one; answers the token it has now. */
    ensureStatusToken(id: string, token: string): string | undefined {
      giveStatusToken.run(token, id);
      return statusToken.get(id);
    },
    districtFacts: (id: string): DistrictTicketFacts | undefined => districtFacts.get(id),
    /** Every ticket of the business days `fromDay`..`toDay` (inclusive), for statistics. */
    outcomesBetween: (fromDay: string, toDay: string): TicketOutcomeRow[] => outcomesBetween.all(fromDay, toDay),
    pruneDaysBefore: (businessDay: string): number => pruneBefore.run(businessDay).changes,
    oldestDay: (): string | null => oldestDay.get() ?? null,
    /** The last business day before `businessDay` that has tickets (null: none kept). */
    latestDayBefore: (businessDay: string): string | null => latestDayBefore.get(businessDay) ?? null,
    hasTicketsOn: (businessDay: string): boolean => anyOnDay.get(businessDay) !== undefined,
    count: (): number => count.get() ?? 0,
  };
});
