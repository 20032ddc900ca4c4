import type { Database } from 'better-sqlite3';

/** The outbox only grows; the sync worker reads its unsent tail, which this index keeps small to find after months of service. */
export function migration005Sync(db: Database): void {
  db.exec('CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL;');
}
