import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { toDelivery, type DeliveryRow } from '../rowRecords';

export function deliveryRows(
  db: Database,
): Pick<
  DistrictTransaction,
  'addDelivery' | 'dueDeliveries' | 'nextDeliveryDueAt' | 'claimDelivery' | 'retryDeliveryLater' | 'finishDelivery' | 'failInterruptedSends'
> {
  const insert = db.prepare(
    `INSERT INTO message_deliveries (ticket_id, kind, content, status, next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', ?, ?)
     ON CONFLICT (ticket_id, kind) DO NOTHING`,
  );
  // A ticket's messages go out in the order they were decided: "called" never overtakes a retried "issued".
  const firstInLine = `d.status = 'pending' AND NOT EXISTS (
    SELECT 1 FROM message_deliveries AS e WHERE e.ticket_id = d.ticket_id AND e.delivery_id < d.delivery_id AND e.status IN ('pending', 'sending'))`;
  const due = db.prepare(`SELECT * FROM message_deliveries AS d WHERE ${firstInLine} AND d.next_attempt_at <= ? ORDER BY d.delivery_id LIMIT ?`);
  const nextDue = db.prepare(`SELECT min(d.next_attempt_at) FROM message_deliveries AS d WHERE ${firstInLine}`).pluck();
  const claim = db.prepare(`UPDATE message_deliveries SET status = 'sending', attempts = attempts + 1 WHERE delivery_id = ? AND status = 'pending'`);
  const retry = db.prepare(`UPDATE message_deliveries SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE delivery_id = ?`);
  // A success keeps the error of the attempt before it: "sent on the third try, after HTTP 500" is worth knowing.
  const finish = db.prepare(
    'UPDATE message_deliveries SET status = ?, finished_at = ?, provider_message_id = ?, last_error = coalesce(?, last_error) WHERE delivery_id = ?',
  );
  const failInterrupted = db.prepare(
    `UPDATE message_deliveries SET status = 'failed', finished_at = ?, last_error = 'interrupted while sending: outcome unknown, not sent again'
     WHERE status = 'sending'`,
  );
  return {
    async addDelivery({ ticketId, kind, content, createdAt }) {
      return insert.run(ticketId, kind, JSON.stringify(content), createdAt, createdAt).changes > 0;
    },
    async dueDeliveries(now, limit) {
      return (due.all(now, limit) as DeliveryRow[]).map(toDelivery);
    },
    async nextDeliveryDueAt() {
      return (nextDue.get() as string | null) ?? null;
    },
    async claimDelivery(deliveryId) {
      return claim.run(deliveryId).changes > 0;
    },
    async retryDeliveryLater(deliveryId, nextAttemptAt, lastError) {
      retry.run(nextAttemptAt, lastError, deliveryId);
    },
    async finishDelivery(deliveryId, { status, finishedAt, providerMessageId = null, lastError = null }) {
      finish.run(status, finishedAt, providerMessageId, lastError, deliveryId);
    },
    async failInterruptedSends(finishedAt) {
      return failInterrupted.run(finishedAt).changes;
    },
  };
}

