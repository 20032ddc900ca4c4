import type { Database } from 'better-sqlite3';

export function migrate001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE kiosks (
      kiosk_id    TEXT PRIMARY KEY,
      office_id   TEXT NOT NULL,
      secret_hash TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;

    -- Every event ever accepted, by its id: the idempotency record and the source of the ticket mirror.
    CREATE TABLE events (
      event_id       TEXT PRIMARY KEY,
      kiosk_id       TEXT NOT NULL REFERENCES kiosks (kiosk_id),
      office_id      TEXT NOT NULL,
      kiosk_sequence INTEGER NOT NULL,
      event_type     TEXT NOT NULL,
      ticket_id      TEXT,
      occurred_at    TEXT NOT NULL,
      corrected_at   TEXT NOT NULL,
      received_at    TEXT NOT NULL,
      body_hash      TEXT NOT NULL,
      payload        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX events_of_ticket ON events (kiosk_id, ticket_id, kiosk_sequence);
    CREATE INDEX events_by_arrival ON events (received_at);

    CREATE TABLE tickets (
      ticket_id      TEXT PRIMARY KEY,
      kiosk_id       TEXT NOT NULL REFERENCES kiosks (kiosk_id),
      office_id      TEXT NOT NULL,
      business_day   TEXT NOT NULL,
      service_id     TEXT NOT NULL,
      display_number TEXT NOT NULL,
      line_order     INTEGER NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('paper', 'mobile')),
      language       TEXT NOT NULL,
      status_token   TEXT NOT NULL UNIQUE,
      status         TEXT NOT NULL,
      counter_number INTEGER,
      ahead_at_issue INTEGER,
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX tickets_in_line ON tickets (office_id, business_day, service_id, status, line_order);

    CREATE TABLE office_snapshots (
      office_id    TEXT PRIMARY KEY,
      kiosk_id     TEXT NOT NULL,
      corrected_at TEXT NOT NULL,
      payload      TEXT NOT NULL
    ) STRICT;

    -- Sealed (AES-256-GCM) phone numbers only; the row goes when its last message is sent or the day closes.
    CREATE TABLE contacts (
      ticket_id    TEXT PRIMARY KEY,
      business_day TEXT NOT NULL,
      sealed       BLOB NOT NULL
    ) STRICT;
    CREATE INDEX contacts_by_day ON contacts (business_day);

    -- One row per ticket and kind, written in the transaction that decides the message: at most once.
    CREATE TABLE message_deliveries (
      delivery_id         INTEGER PRIMARY KEY,
      ticket_id           TEXT NOT NULL,
      kind                TEXT NOT NULL CHECK (kind IN ('issued', 'approaching', 'called')),
      content             TEXT NOT NULL,
      status              TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired')),
      attempts            INTEGER NOT NULL DEFAULT 0,
      next_attempt_at     TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      finished_at         TEXT,
      provider_message_id TEXT,
      last_error          TEXT,
      UNIQUE (ticket_id, kind)
    ) STRICT;
    CREATE INDEX deliveries_due ON message_deliveries (status, next_attempt_at);
  `);
}
