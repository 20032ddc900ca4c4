import { perConnection } from '../database/perConnection';
import { inLineSql } from '../queue/ticketRows';
import type { FinishedAtDesk } from './deskTimes';
import type { WaitingTicket } from './forwardPass';
import type { Outcome } from './calibratedRange';

/** A waiting ticket, ready for the forward pass. */
export interface WaitingRow extends WaitingTicket {
  id: string;
}

type WaitingLineRow = [id: string, serviceId: string, priority: number, issuedAtMs: number];

/** What was read of a business day at one state of the database: the waiting line and each service's latest finished tickets. */
interface KeptDay {
  businessDay: string;
  /** Moves when another connection (another process) commits. */
  dataVersion: number;
  /** Moves with every row this connection writes, whatever write path. */
  totalChanges: number;
  line?: WaitingLineRow[];
  /** By service and limit. */
  finished: Map<string, FinishedAtDesk[]>;
}

/** `kept`'s rows under `key`, read on first use. */
function readOnce<T>(kept: Map<string, T>, key: string, read: () => T): T {
  let rows = kept.get(key);
  if (rows === undefined) {
    rows = read();
    kept.set(key, rows);
  }
  return rows;
}

/**
 * The `wait_forecasts` table (the forecast behind the wait shown at issue), and the reads of the
 * day's queue a forecast is made from, each one indexed query that reads no more rows than it
 * returns (besides the waiting line itself), so a forecast costs the same late in a day as early.
 */
export const waitForecastRows = perConnection((db) => {
  // Raw rows: with thousands waiting, building keyed objects costs as much as the query itself.
  const waiting = db
    .prepare<[string], WaitingLineRow>(
      `SELECT id, service_id, priority, issued_at_ms FROM tickets WHERE business_day = ? AND ${inLineSql()} ORDER BY rowid`,
    )
    .raw(true);
  // A service's finished tickets, newest first, each with its desk's next call that day (found through
  // tickets_calls_by_desk, one row per ticket): today's and past days' desk times are the same measure.
  const finishedAtDesk = (days: '=' | '<') =>
    db.prepare<[string, string, number], FinishedAtDesk>(
      `SELECT t.called_at_ms AS calledAtMs, t.finished_at_ms AS finishedAtMs, n.called_at_ms AS nextCalledAtMs, n.issued_at_ms AS nextIssuedAtMs
         FROM tickets AS t
         LEFT JOIN tickets AS n ON n.rowid = (
                SELECT rowid FROM tickets
                 WHERE counter_id = t.counter_id AND business_day = t.business_day AND called_at_ms > t.called_at_ms AND status IN ('called', 'done', 'no_show')
                 ORDER BY called_at_ms LIMIT 1)
        WHERE t.service_id = ? AND t.business_day ${days} ? AND t.finished_at_ms IS NOT NULL AND t.status IN ('done', 'no_show')
          AND t.counter_id IS NOT NULL AND t.called_at_ms IS NOT NULL AND t.finished_at_ms >= t.called_at_ms
        ORDER BY t.business_day DESC, t.finished_at_ms DESC LIMIT ?`,
    );
  const latestFinished = finishedAtDesk('=');
  const pastFinished = finishedAtDesk('<');
  const counterStates = db.prepare<[], { counterId: string; state: 'open' | 'paused' | 'closed' }>('SELECT counter_id AS counterId, state FROM counter_states');
  const record = db.prepare<[string, string, number, number]>(
    'INSERT INTO wait_forecasts (ticket_id, business_day, expected_minutes, spread_minutes) VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING',
  );
  const atIssue = db.prepare<[string], { expectedMinutes: number; spreadMinutes: number }>(
    'SELECT expected_minutes AS expectedMinutes, spread_minutes AS spreadMinutes FROM wait_forecasts WHERE ticket_id = ?',
  );
  const outcomes = db.prepare<[string, number], Outcome>(
    `SELECT t.service_id AS serviceId, f.expected_minutes AS expectedMinutes, f.spread_minutes AS spreadMinutes, (t.called_at_ms - t.issued_at_ms) / 60000.0 AS waitedMinutes
       FROM wait_forecasts AS f JOIN tickets AS t ON t.id = f.ticket_id
      WHERE f.business_day = ? AND t.business_day = f.business_day AND t.called_at_ms IS NOT NULL
      ORDER BY t.called_at_ms DESC LIMIT ?`,
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  let kept: KeptDay | undefined;
  // The day's rows are read again only after a write to this database, from this connection or any other.
  const keptDay = (businessDay: string): KeptDay => {
    const now = { businessDay, dataVersion: dataVersion.get() ?? 0, totalChanges: totalChanges.get() ?? 0 };
    if (kept && kept.businessDay === now.businessDay && kept.dataVersion === now.dataVersion && kept.totalChanges === now.totalChanges) return kept;
    const fresh: KeptDay = { ...now, finished: new Map() };
    // Inside a transaction the rows may include writes a rollback undoes, while the counters stay where they are.
    if (!db.inTransaction) kept = fresh;
    return fresh;
  };
  const waitingLine = (businessDay: string): WaitingLineRow[] => {
    const day = keptDay(businessDay);
    return (day.line ??= waiting.all(businessDay));
  };
  const todayFinished = (businessDay: string, serviceId: string, limit: number): FinishedAtDesk[] =>
    readOnce(keptDay(businessDay).finished, `${serviceId}\u0000${limit}`, () => latestFinished.all(serviceId, businessDay, limit));
  // Past days cannot change during a business day: each service's are read once a day on this connection.
  let keptPast: { businessDay: string; byService: Map<string, FinishedAtDesk[]> } | undefined;
  const pastDays = (businessDay: string, serviceId: string, limit: number): FinishedAtDesk[] => {
    if (keptPast?.businessDay !== businessDay) keptPast = { businessDay, byService: new Map() };
    return readOnce(keptPast.byService, `${serviceId}\u0000${limit}`, () => pastFinished.all(serviceId, businessDay, limit));
  };
  const pruneBefore = db.prepare<[string]>('DELETE FROM wait_forecasts WHERE business_day < ?');
  const oldestDay = db.prepare<[], string | null>('SELECT MIN(business_day) FROM wait_forecasts').pluck();

  return {
    /**
     * Today's waiting tickets in issue order (rowid; a transfer keeps it), with how long each has
     * waited at `nowMs`; kept in memory until the database changes.
     */
    waiting: (businessDay: string, nowMs: number): WaitingRow[] =>
      waitingLine(businessDay).map(([id, serviceId, priority, issuedAtMs]) => ({ id, serviceId, priority: priority === 1, waitedMinutes: (nowMs - issuedAtMs) / 60_000 })),
    /** A service's latest finished tickets today, newest first, each with its desk's next call; kept in memory until the database changes. */
    latestFinished: todayFinished,
    /**
     * A service's latest finished tickets on earlier days, newest first, each with its desk's next
     * call that day; read once per business day and kept (they run a correlated subquery per row).
     */
    pastFinished: pastDays,
    counterStates: (): Map<string, 'open' | 'paused' | 'closed'> => new Map(counterStates.all().map((row) => [row.counterId, row.state])),
    /** Keeps the first forecast of a ticket: the one it was shown at issue. */
    recordAtIssue: (ticketId: string, businessDay: string, expectedMinutes: number, spreadMinutes: number): void =>
      void record.run(ticketId, businessDay, expectedMinutes, spreadMinutes),
    /** The forecast behind the wait a ticket was shown at issue (before calibration), if it was given one. */
    forecastAtIssue: (ticketId: string): { expectedMinutes: number; spreadMinutes: number } | null => atIssue.get(ticketId) ?? null,
    /** Today's latest called tickets' forecasts against their true waits. */
    outcomes: (businessDay: string, limit: number): Outcome[] => outcomes.all(businessDay, limit),
    pruneDaysBefore: (businessDay: string): number => pruneBefore.run(businessDay).changes,
    oldestDay: (): string | null => oldestDay.get() ?? null,
  };
});
