import type { Database } from 'better-sqlite3';

/** Start-up looks for prints a crash interrupted: a handful of rows to find, not the whole ticket history to scan. */
export function migration007InterruptedPrints(db: Database): void {
  db.exec(`CREATE INDEX tickets_printing ON tickets (id) WHERE print_state = 'pending';`);
}
