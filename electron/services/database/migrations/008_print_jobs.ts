import type { Database } from 'better-sqlite3';

/**
 * A paper ticket's print in progress or of unknown outcome, with the process that owns it: several
 * processes may share one database, and a starting process may only settle prints whose owner is gone.
 * The ticket's print_state stays 'pending' until the outcome is known.
 */
export function migration008PrintJobs(db: Database): void {
  db.exec(`
    CREATE TABLE print_jobs (
      ticket_id     TEXT PRIMARY KEY REFERENCES tickets (id),
      owner         TEXT NOT NULL,
      state         TEXT NOT NULL CHECK (state IN ('sending', 'uncertain')),
      started_at_ms INTEGER NOT NULL
    );
    -- Pending prints from before owners were recorded: their process is gone, their paper unknown.
    INSERT INTO print_jobs (ticket_id, owner, state, started_at_ms)
      SELECT id, 'before-print-jobs', 'uncertain', issued_at_ms FROM tickets WHERE print_state = 'pending';
  `);
}
