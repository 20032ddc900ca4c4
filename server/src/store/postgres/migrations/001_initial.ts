/** The SQLite schema of migrations 001–002 in PostgreSQL's terms. Times stay ISO-8601 text, as in SQLite, so both engines compare them alike. */
export const migrate001Initial = `
  CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
  );

  CREATE TABLE kiosks (
    kiosk_id    text PRIMARY KEY,
    office_id   text NOT NULL,
    secret_hash text NOT NULL,
    created_at  text NOT NULL
  );

  -- Every event ever accepted, by its id: the idempotency record (across instances too) and the source of the ticket mirror.
  CREATE TABLE events (
    event_id       text PRIMARY KEY,
    kiosk_id       text NOT NULL REFERENCES kiosks (kiosk_id),
    office_id      text NOT NULL,
    kiosk_sequence integer NOT NULL,
    event_type     text NOT NULL,
    ticket_id      text,
    occurred_at    text NOT NULL,
    corrected_at   text NOT NULL,
    received_at    text NOT NULL,
    body_hash      text NOT NULL,
    payload        text NOT NULL
  );
  CREATE INDEX events_of_ticket ON events (kiosk_id, ticket_id, kiosk_sequence);
  CREATE INDEX events_by_arrival ON events (received_at);

  CREATE TABLE tickets (
    ticket_id         text PRIMARY KEY,
    kiosk_id          text NOT NULL REFERENCES kiosks (kiosk_id),
    office_id         text NOT NULL,
    business_day      text NOT NULL,
    service_id        text NOT NULL,
    display_number    text NOT NULL,
    line_order        integer NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('paper', 'mobile')),
    language          text NOT NULL,
    status_token      text NOT NULL UNIQUE,
    status            text NOT NULL,
    counter_number    integer,
    ahead_at_issue    integer,
    estimate_at_issue text,
    updated_at        text NOT NULL
  );
  CREATE INDEX tickets_in_line ON tickets (office_id, business_day, service_id, status, line_order);

  CREATE TABLE office_snapshots (
    office_id    text PRIMARY KEY,
    kiosk_id     text NOT NULL,
    corrected_at text NOT NULL,
    payload      text NOT NULL
  );

  -- Sealed (AES-256-GCM) phone numbers only; the row goes when its last message is sent or the day closes.
  CREATE TABLE contacts (
    ticket_id    text PRIMARY KEY,
    business_day text NOT NULL,
    sealed       bytea NOT NULL
  );
  CREATE INDEX contacts_by_day ON contacts (business_day);

  -- One row per ticket and kind, written in the transaction that decides the message: at most once.
  CREATE TABLE message_deliveries (
    delivery_id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id           text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('issued', 'approaching', 'called')),
    content             text NOT NULL,
    status              text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired')),
    attempts            integer NOT NULL DEFAULT 0,
    next_attempt_at     text NOT NULL,
    created_at          text NOT NULL,
    finished_at         text,
    provider_message_id text,
    last_error          text,
    UNIQUE (ticket_id, kind)
  );
  CREATE INDEX deliveries_due ON message_deliveries (status, next_attempt_at);
`;
