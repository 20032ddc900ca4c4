import type { DistrictTransaction } from '../districtStore';
import { toDelivery, type DeliveryRow } from '../rowRecords';
import { statement, type Run } from './sql';

const insert = statement(
  'delivery_insert',
  `INSERT INTO message_deliveries (ticket_id, kind, content, status, next_attempt_at, created_at) VALUES ($1, $2, $3, 'pending', $4, $4)
   ON CONFLICT (ticket_id, kind) DO NOTHING`,
);
// A ticket's messages go out in the order they were decided: "called" never overtakes a retried "issued".
const firstInLine = `d.status = 'pending' AND NOT EXISTS (
  SELECT 1 FROM message_deliveries AS e WHERE e.ticket_id = d.ticket_id AND e.delivery_id < d.delivery_id AND e.status IN ('pending', 'sending'))`;
const due = statement('delivery_due', `SELECT * FROM message_deliveries AS d WHERE ${firstInLine} AND d.next_attempt_at <= $1 ORDER BY d.delivery_id LIMIT $2`);
const nextDue = statement('delivery_next_due', `SELECT min(d.next_attempt_at) AS next FROM message_deliveries AS d WHERE ${firstInLine}`);
const claim = statement('delivery_claim', `UPDATE message_deliveries SET status = 'sending', attempts = attempts + 1 WHERE delivery_id = $1 AND status = 'pending'`);
const retry = statement('delivery_retry', `UPDATE message_deliveries SET status = 'pending', next_attempt_at = $1, last_error = $2 WHERE delivery_id = $3`);
const finish = statement(
  'delivery_finish',
  'UPDATE message_deliveries SET status = $1, finished_at = $2, provider_message_id = $3, last_error = coalesce($4, last_error) WHERE delivery_id = $5',
);
const failInterrupted = statement(
  'delivery_fail_interrupted',
  `UPDATE message_deliveries SET status = 'failed', finished_at = $1, last_error = 'interrupted while sending: outcome unknown, not sent again'
   WHERE status = 'sending'`,
);

export function deliveryRows(
  run: Run,
): Pick<
  DistrictTransaction,
  'addDelivery' | 'dueDeliveries' | 'nextDeliveryDueAt' | 'claimDelivery' | 'retryDeliveryLater' | 'finishDelivery' | 'failInterruptedSends'
> {
  const changes = async (...args: Parameters<Run>) => (await run(...args)).rowCount ?? 0;
  return {
    async addDelivery({ ticketId, kind, content, createdAt }) {
      return (await changes(insert, [ticketId, kind, JSON.stringify(content), createdAt])) > 0;
    },
    async dueDeliveries(now, limit) {
      return (await run<DeliveryRow>(due, [now, limit])).rows.map(toDelivery);
    },
    async nextDeliveryDueAt() {
      return (await run<{ next: string | null }>(nextDue)).rows[0]?.next ?? null;
    },
    async claimDelivery(deliveryId) {
      return (await changes(claim, [deliveryId])) > 0;
    },
    async retryDeliveryLater(deliveryId, nextAttemptAt, lastError) {
      await run(retry, [nextAttemptAt, lastError, deliveryId]);
    },
    async finishDelivery(deliveryId, { status, finishedAt, providerMessageId = null, lastError = null }) {
      await run(finish, [status, finishedAt, providerMessageId, lastError, deliveryId]);
    },
    async failInterruptedSends(finishedAt) {
      return changes(failInterrupted, [finishedAt]);
    },
  };
}
