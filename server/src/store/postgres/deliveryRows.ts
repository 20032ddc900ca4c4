import type { DeliveryLine, DeliveryStatisticsRow, DeliveryTally, DistrictTransaction } from '../districtStore';
import * as sql from '../deliverySql';
import type { DeliveryMethods } from '../deliverySql';
import { toDelivery, type DeliveryRow } from '../rowRecords';
import { statement, type Run } from './sql';

const insert = statement(
  'delivery_insert',
  `INSERT INTO message_deliveries (ticket_id, kind, revision, content, status, next_attempt_at, created_at, finished_at, last_error)
   VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)
   ON CONFLICT (ticket_id, kind, revision) DO NOTHING`,
);
// SKIP LOCKED: a worker on another instance that is claiming a message right now is passed by, not waited for.
const claimNext = statement(
  'delivery_claim_next',
  `${sql.claimDelivery('(SELECT d.delivery_id FROM message_deliveries AS d WHERE ' + sql.claimableDeliveries('$1') + ' ORDER BY d.delivery_id LIMIT 1 FOR UPDATE SKIP LOCKED)', '$2')}
   RETURNING *`,
);
const nextDue = statement('delivery_next_due', sql.nextDeliveryDue);
const setRef = statement('delivery_set_ref', 'UPDATE message_deliveries SET provider_ref = $1 WHERE delivery_id = $2');
const retry = statement('delivery_retry', sql.retryDelivery('$1', '$2', '$3'));
const finish = statement('delivery_finish', sql.finishDelivery('$1', '$2', '$3', '$4', '$5', '$6'));
const awaiting = statement('delivery_awaiting_report', sql.awaitingReport('$1'));
const awaitingOf = statement('delivery_awaiting_report_of', sql.awaitingReportOf('provider_ref = ANY($1::text[])'));
const report = statement('delivery_report', sql.recordReport('$1', '$2', '$3', '$4'));
const tallies = statement('delivery_tallies', sql.deliveryTallies('$1'));
const statistics = statement('delivery_statistics', sql.deliveryStatistics('$1', '$2'));
const officeStatistics = statement('delivery_statistics_of_office', sql.deliveryStatistics('$1', '$2', '$3'));
const ofDay = statement('delivery_of_day', sql.deliveriesOfDay('$1'));

export function deliveryRows(run: Run): Pick<DistrictTransaction, DeliveryMethods> {
  return {
    async addDelivery({ ticketId, kind, revision = 0, content, createdAt, notSentBecause }) {
      const { status, finishedAt, lastError } = sql.newDeliveryState(createdAt, notSentBecause);
      return ((await run(insert, [ticketId, kind, revision, JSON.stringify(content), status, createdAt, finishedAt, lastError])).rowCount ?? 0) > 0;
    },
    async claimNextDelivery(now, leaseUntil) {
      const [row] = (await run<DeliveryRow>(claimNext, [now, leaseUntil])).rows;
      return row ? toDelivery(row) : null;
    },
    async nextDeliveryDueAt() {
      return (await run<{ next: string | null }>(nextDue)).rows[0]?.next ?? null;
    },
    async setDeliveryProviderRef(deliveryId, providerRef) {
      await run(setRef, [providerRef, deliveryId]);
    },
    async retryDeliveryLater(deliveryId, nextAttemptAt, lastError) {
      await run(retry, [nextAttemptAt, lastError, deliveryId]);
    },
    async finishDelivery(deliveryId, { status, finishedAt, providerMessageId = null, lastError = null }) {
      await run(finish, [status, finishedAt, providerMessageId, lastError, status === 'sent' ? 'accepted' : null, deliveryId]);
    },
    // Several instances share the database: a claim lapses only at its lease, never because one instance restarted.
    async releaseDeliveryClaims() {
      return 0;
    },
    async deliveriesAwaitingReport(limit) {
      return (await run<DeliveryRow>(awaiting, [limit])).rows.map(toDelivery);
    },
    async deliveriesAwaitingReportOf(providerRefs) {
      return (await run<DeliveryRow>(awaitingOf, [providerRefs])).rows.map(toDelivery);
    },
    async recordDeliveryReport(deliveryId, { report: result, detail, reportedAt }) {
      return ((await run(report, [result, detail, reportedAt, deliveryId])).rowCount ?? 0) > 0;
    },
    async deliveryTallies(businessDay) {
      return (await run<DeliveryTally>(tallies, [businessDay])).rows;
    },
    async deliveryStatistics(from, to, officeId) {
      const rows = officeId === undefined ? run<DeliveryStatisticsRow>(statistics, [from, to]) : run<DeliveryStatisticsRow>(officeStatistics, [from, to, officeId]);
      return (await rows).rows;
    },
    async deliveriesOfDay(businessDay) {
      return (await run<DeliveryLine>(ofDay, [businessDay])).rows;
    },
  };
}
