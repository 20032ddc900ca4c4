import type { Database } from 'better-sqlite3';

/**
 * Indexes over the tickets in line (waiting, and not a paper ticket whose print failed), so a desk's
 * "call next" reads the head of its lines instead of sorting them: each service's line by priority
 * then issue order, and the line by how long each ticket has waited (the starved ones first).
 * Their WHERE matches `inLineSql()` in ticketRows.ts word for word, which SQLite needs to use them.
 */
export function migration036CallingLineIndexes(db: Database): void {
  db.exec(`
    CREATE INDEX tickets_line_by_service ON tickets (business_day, service_id, priority DESC)
      WHERE status = 'waiting' AND NOT (kind = 'paper' AND print_state = 'failed');
    CREATE INDEX tickets_line_by_issue_time ON tickets (business_day, priority, service_id, issued_at_ms)
      WHERE status = 'waiting' AND NOT (kind = 'paper' AND print_state = 'failed');
  `);
}
