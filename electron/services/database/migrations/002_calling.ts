import type { Database } from 'better-sqlite3';

/**
 * Calling: who is at which counter and when. A ticket's place in line is its rowid (issue order),
 * which a transfer to another service keeps. 'serving' is a called ticket with serving_started_at_ms.
 */
export function migration002Calling(db: Database): void {
  db.exec(`
    ALTER TABLE tickets ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tickets ADD COLUMN counter_id TEXT;
    ALTER TABLE tickets ADD COLUMN called_at_ms INTEGER;
    ALTER TABLE tickets ADD COLUMN last_called_at_ms INTEGER;
    ALTER TABLE tickets ADD COLUMN recall_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tickets ADD COLUMN serving_started_at_ms INTEGER;
    ALTER TABLE tickets ADD COLUMN finished_at_ms INTEGER;
    CREATE INDEX tickets_at_counter ON tickets (counter_id, status);

    -- A counter without a row is closed.
    CREATE TABLE counter_states (
      counter_id TEXT PRIMARY KEY,
      state      TEXT NOT NULL CHECK (state IN ('open', 'paused', 'closed'))
    ) STRICT;
  `);
}
