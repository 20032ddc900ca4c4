import type { Database } from 'better-sqlite3';

export function migration001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    -- One row per (business day, service). last_sequence only grows (numbers still in use are
    -- skipped after a wrap); tickets_issued is what the daily cap counts.
    CREATE TABLE number_sequences (
      business_day   TEXT NOT NULL,
      service_id     TEXT NOT NULL,
      last_sequence  INTEGER NOT NULL,
      tickets_issued INTEGER NOT NULL,
      PRIMARY KEY (business_day, service_id)
    ) STRICT;

    -- numbered_service_id is the block the number came from; service_id is the line the ticket
    -- waits in now (a counter may transfer it).
    CREATE TABLE tickets (
      id                  TEXT PRIMARY KEY,
      business_day        TEXT NOT NULL,
      service_id          TEXT NOT NULL,
      numbered_service_id TEXT NOT NULL,
      sequence            INTEGER NOT NULL,
      display_number TEXT NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('paper', 'mobile')),
      status         TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no_show', 'cancelled')),
      print_state    TEXT NOT NULL CHECK (print_state IN ('pending', 'printed', 'failed', 'none')),
      language       TEXT NOT NULL,
      issued_at      TEXT NOT NULL,
      issued_at_ms   INTEGER NOT NULL,
      UNIQUE (business_day, numbered_service_id, sequence)
    ) STRICT;
    CREATE INDEX tickets_waiting ON tickets (business_day, service_id, status, sequence);

    -- Transactional outbox: written in the same transaction as the change it reports.
    CREATE TABLE outbox (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    TEXT NOT NULL UNIQUE,
      event_type  TEXT NOT NULL,
      ticket_id   TEXT,
      payload     TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      sent_at     TEXT
    ) STRICT;

    -- The latest instant any ticket was issued at: a wall clock that jumps back is never trusted below it.
    CREATE TABLE clock_high_water (
      id      INTEGER PRIMARY KEY CHECK (id = 1),
      instant INTEGER NOT NULL
    ) STRICT;
    INSERT INTO clock_high_water (id, instant) VALUES (1, 0);
  `);
}
