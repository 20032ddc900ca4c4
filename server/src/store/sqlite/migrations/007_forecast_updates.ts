import type { Database } from 'better-sqlite3';
import { toldForecastColumns } from '../../forecastUpdatesSchema';

/**
 * Forecast updates: a ticket may get the kind "update" several times, each under its own revision,
 * so the unique key becomes (ticket, kind, revision). SQLite changes neither a CHECK nor a UNIQUE in
 * place: the table is built again with its rows (its delivery ids kept).
 */
export function migrate007ForecastUpdates(db: Database): void {
  db.exec(`
    CREATE TABLE message_deliveries_new (
      delivery_id         INTEGER PRIMARY KEY,
      ticket_id           TEXT NOT NULL,
      kind                TEXT NOT NULL CHECK (kind IN ('issued', 'approaching', 'update', 'called')),
      revision            INTEGER NOT NULL DEFAULT 0,
      content             TEXT NOT NULL,
      status              TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired')),
      attempts            INTEGER NOT NULL DEFAULT 0,
      next_attempt_at     TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      finished_at         TEXT,
      provider_message_id TEXT,
      last_error          TEXT,
      provider_ref        TEXT,
      lease_until         TEXT,
      report              TEXT CHECK (report IN ('accepted', 'delivered', 'failed', 'fell_back')),
      report_detail       TEXT,
      reported_at         TEXT,
      UNIQUE (ticket_id, kind, revision)
    ) STRICT;
    INSERT INTO message_deliveries_new (delivery_id, ticket_id, kind, content, status, attempts, next_attempt_at, created_at, finished_at,
                                        provider_message_id, last_error, provider_ref, lease_until, report, report_detail, reported_at)
      SELECT delivery_id, ticket_id, kind, content, status, attempts, next_attempt_at, created_at, finished_at,
             provider_message_id, last_error, provider_ref, lease_until, report, report_detail, reported_at
      FROM message_deliveries;
    DROP TABLE message_deliveries;
    ALTER TABLE message_deliveries_new RENAME TO message_deliveries;
    CREATE INDEX deliveries_due ON message_deliveries (status, next_attempt_at);
    ${toldForecastColumns}
  `);
}
