import type { Database } from 'better-sqlite3';
import type { DeliveryLine, DeliveryStatisticsRow, DeliveryTally, DistrictTransaction } from '../districtStore';
import * as sql from '../deliverySql';
import type { DeliveryMethods } from '../deliverySql';
import { toDelivery, type DeliveryRow } from '../rowRecords';

export function deliveryRows(db: Database): Pick<DistrictTransaction, DeliveryMethods> {
  const insert = db.prepare(
    `INSERT INTO message_deliveries (ticket_id, kind, revision, content, status, next_attempt_at, created_at, finished_at, last_error)
     VALUES (@ticketId, @kind, @revision, @content, @status, @createdAt, @createdAt, @finishedAt, @lastError)
     ON CONFLICT (ticket_id, kind, revision) DO NOTHING`,
  );
  // One connection, one writer: the select and the update of a claim cannot interleave with another's.
  const nextClaimable = db.prepare(`SELECT d.delivery_id FROM message_deliveries AS d WHERE ${sql.claimableDeliveries('@now')} ORDER BY d.delivery_id LIMIT 1`).pluck();
  const claim = db.prepare(`${sql.claimDelivery('@id', '@leaseUntil')} RETURNING *`);
  const nextDue = db.prepare(sql.nextDeliveryDue).pluck();
  const setRef = db.prepare('UPDATE message_deliveries SET provider_ref = ? WHERE delivery_id = ?');
  const retry = db.prepare(sql.retryDelivery('?', '?', '?'));
  const finish = db.prepare(sql.finishDelivery('?', '?', '?', '?', '?', '?'));
  const release = db.prepare(`UPDATE message_deliveries SET lease_until = ? WHERE status = 'sending'`);
  const awaiting = db.prepare(sql.awaitingReport('?'));
  const awaitingOf = db.prepare(sql.awaitingReportOf('provider_ref IN (SELECT value FROM json_each(?))'));
  const report = db.prepare(sql.recordReport('?', '?', '?', '?'));
  const tallies = db.prepare(sql.deliveryTallies('?'));
  const statistics = db.prepare(sql.deliveryStatistics('?', '?'));
  const officeStatistics = db.prepare(sql.deliveryStatistics('?', '?', '?'));
  const ofDay = db.prepare(sql.deliveriesOfDay('?'));
  return {
    async addDelivery({ ticketId, kind, revision = 0, content, createdAt, notSentBecause }) {
      return insert.run({ ticketId, kind, revision, content: JSON.stringify(content), createdAt, ...sql.newDeliveryState(createdAt, notSentBecause) }).changes > 0;
    },
    async claimNextDelivery(now, leaseUntil) {
      const id = nextClaimable.get({ now }) as number | undefined;
      return id === undefined ? null : toDelivery(claim.get({ id, leaseUntil }) as DeliveryRow);
    },
    async nextDeliveryDueAt() {
      return (nextDue.get() as string | null) ?? null;
    },
    async setDeliveryProviderRef(deliveryId, providerRef) {
      setRef.run(providerRef, deliveryId);
    },
    async retryDeliveryLater(deliveryId, nextAttemptAt, lastError) {
      retry.run(nextAttemptAt, lastError, deliveryId);
    },
    async finishDelivery(deliveryId, { status, finishedAt, providerMessageId = null, lastError = null }) {
      finish.run(status, finishedAt, providerMessageId, lastError, status === 'sent' ? 'accepted' : null, deliveryId);
    },
    async releaseDeliveryClaims(now) {
      return release.run(now).changes;
    },
    async deliveriesAwaitingReport(limit) {
      return (awaiting.all(limit) as DeliveryRow[]).map(toDelivery);
    },
    async deliveriesAwaitingReportOf(providerRefs) {
      return (awaitingOf.all(JSON.stringify(providerRefs)) as DeliveryRow[]).map(toDelivery);
    },
    async recordDeliveryReport(deliveryId, { report: result, detail, reportedAt }) {
      return report.run(result, detail, reportedAt, deliveryId).changes > 0;
    },
    async deliveryTallies(businessDay) {
      return tallies.all(businessDay) as DeliveryTally[];
    },
    async deliveryStatistics(from, to, officeId) {
      return (officeId === undefined ? statistics.all(from, to) : officeStatistics.all(from, to, officeId)) as DeliveryStatisticsRow[];
    },
    async deliveriesOfDay(businessDay) {
      return ofDay.all(businessDay) as DeliveryLine[];
    },
  };
}
