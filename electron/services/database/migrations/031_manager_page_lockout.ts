import type { Database } from 'better-sqlite3';

/**
 * Wrong manager PINs typed on the LAN manager page get their own record, shaped like the pairing
 * lockout: anyone on the office LAN can reach that page, and counting their guesses towards the
 * keypad's lockout would let them lock staff out of the kiosk itself.
 */
export function migration031ManagerPageLockout(db: Database): void {
  db.exec(`
    CREATE TABLE manager_page_lockout (
      id                   INTEGER PRIMARY KEY CHECK (id = 1),
      consecutive_failures INTEGER NOT NULL,
      locked_until_ms      INTEGER NOT NULL,
      last_failure_at      TEXT,
      last_failure_source  TEXT
    ) STRICT;
    INSERT INTO manager_page_lockout (id, consecutive_failures, locked_until_ms) VALUES (1, 0, 0);
  `);
}
