import type { Database } from 'better-sqlite3';

/**
 * An event the district server refuses on its own (found by splitting the batch it was in) is set
 * aside with the server's reason instead of holding every later event: kept, not sent, not pruned,
 * counted on the staff screen. The unsent index leaves set-aside events out; their own index counts them.
 */
export function migration018OutboxSetAside(db: Database): void {
  db.exec(`
    ALTER TABLE outbox ADD COLUMN set_aside_at TEXT;
    ALTER TABLE outbox ADD COLUMN set_aside_reason TEXT;
    DROP INDEX outbox_unsent;
    CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL AND set_aside_at IS NULL;
    CREATE INDEX outbox_set_aside ON outbox (position) WHERE set_aside_at IS NOT NULL;
  `);
}
