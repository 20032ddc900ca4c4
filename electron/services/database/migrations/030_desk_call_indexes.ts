import type { Database } from 'better-sqlite3';

/**
 * Indexes over the few tickets in a state, so a desk's screens do not walk the day: the tickets
 * now called at the desks, and the day's no-shows newest first (the desk's recall list).
 */
export function migration030DeskCallIndexes(db: Database): void {
  db.exec(`
    CREATE INDEX tickets_called_now ON tickets (business_day, counter_id) WHERE status = 'called';
    CREATE INDEX tickets_no_shows ON tickets (business_day, finished_at_ms) WHERE status = 'no_show';
  `);
}
