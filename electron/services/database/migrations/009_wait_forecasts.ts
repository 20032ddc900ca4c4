import type { Database } from 'better-sqlite3';

/**
 * The forecast behind the wait shown when a ticket was issued, kept so the day's estimates can be
 * calibrated against how long tickets then really waited. No personal data; gone with its ticket's day.
 */
export function migration009WaitForecasts(db: Database): void {
  db.exec(`
    CREATE TABLE wait_forecasts (
      ticket_id        TEXT PRIMARY KEY,
      business_day     TEXT NOT NULL,
      expected_minutes REAL NOT NULL,
      spread_minutes   REAL NOT NULL
    ) STRICT;
    CREATE INDEX wait_forecasts_by_day ON wait_forecasts (business_day);
    CREATE INDEX tickets_called_by_day ON tickets (business_day, called_at_ms);
  `);
}
