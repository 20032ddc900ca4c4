import type { Database } from 'better-sqlite3';

/**
 * Wrong pairing codes from every address together, kept on disk like the PIN lockout so that a
 * restart forgives nothing; the last one's time and source address are shown to staff.
 */
export function migration029PairingLockout(db: Database): void {
  db.exec(`
    CREATE TABLE pairing_lockout (
      id                   INTEGER PRIMARY KEY CHECK (id = 1),
      consecutive_failures INTEGER NOT NULL,
      locked_until_ms      INTEGER NOT NULL,
      last_failure_at      TEXT,
      last_failure_source  TEXT
    ) STRICT;
    INSERT INTO pairing_lockout (id, consecutive_failures, locked_until_ms) VALUES (1, 0, 0);
  `);
}
