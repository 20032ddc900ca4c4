import type { Database } from 'better-sqlite3';

/**
 * Indexes that let a wait forecast read only what it uses, so issuing costs the same at the end of
 * a day as at its start: the waiting line in issue order without walking the day's finished
 * tickets, a service's latest finished tickets (today's, or past days' when today has few), and a
 * desk's next call after one of them (how soon it went on).
 */
export function migration024DeskTimeIndexes(db: Database): void {
  db.exec(`
    CREATE INDEX tickets_in_line ON tickets (business_day) WHERE status = 'waiting';
    CREATE INDEX tickets_finished_by_service ON tickets (service_id, business_day, finished_at_ms);
    CREATE INDEX tickets_calls_by_desk ON tickets (counter_id, business_day, called_at_ms);
  `);
}
