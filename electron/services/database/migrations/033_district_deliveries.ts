import type { Database } from 'better-sqlite3';

/**
 * What became of the office's messages to residents, per business day, as the district server
 * last told this kiosk (in its answer to a heartbeat): counts only, for the statistics screen.
 */
export function migration033DistrictDeliveries(db: Database): void {
  db.exec(`
    CREATE TABLE district_deliveries (
      business_day TEXT PRIMARY KEY,
      requested    INTEGER NOT NULL,
      accepted     INTEGER NOT NULL,
      delivered    INTEGER NOT NULL,
      fell_back    INTEGER NOT NULL,
      failed       INTEGER NOT NULL,
      expired      INTEGER NOT NULL,
      reported_at  TEXT NOT NULL
    ) STRICT;
  `);
}
