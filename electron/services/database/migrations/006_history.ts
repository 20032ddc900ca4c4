import type { Database } from 'better-sqlite3';

/**
 * Queries that stay fast however long the kiosk runs: the board's recent calls read only call
 * events, newest first; the outbox and closed days are pruned (queue/housekeeping.ts).
 */
export function migration006History(db: Database): void {
  db.exec(`CREATE INDEX outbox_calls ON outbox (position) WHERE event_type IN ('ticket.called', 'ticket.recalled');`);
}
