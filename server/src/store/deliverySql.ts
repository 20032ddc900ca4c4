/** The part of a transaction that owns message_deliveries, in either engine. */
export type DeliveryMethods =
  | 'addDelivery'
  | 'claimNextDelivery'
  | 'nextDeliveryDueAt'
  | 'setDeliveryProviderRef'
  | 'retryDeliveryLater'
  | 'finishDelivery'
  | 'releaseDeliveryClaims'
  | 'deliveriesAwaitingReport'
  | 'deliveriesAwaitingReportOf'
  | 'recordDeliveryReport'
  | 'deliveryTallies'
  | 'deliveryStatistics'
  | 'deliveriesOfDay';

/**
 * The delivery queries both engines share; each passes its own parameter token (SQLite `@now`,
 * PostgreSQL `$1`), since their placeholder syntaxes differ.
 */

/**
 * Messages a worker may take: pending and due, or sending whose claim lapsed (its instance died or
 * stalled). A ticket's messages go out in the order they were decided: "called" never overtakes a
 * retried "issued".
 */
export function claimableDeliveries(now: string): string {
  return `((d.status = 'pending' AND d.next_attempt_at <= ${now}) OR (d.status = 'sending' AND d.lease_until <= ${now}))
    AND ${firstOfItsTicket}`;
}

const firstOfItsTicket = `NOT EXISTS (
  SELECT 1 FROM message_deliveries AS e WHERE e.ticket_id = d.ticket_id AND e.delivery_id < d.delivery_id AND e.status IN ('pending', 'sending'))`;

export const nextDeliveryDue = `SELECT min(CASE WHEN d.status = 'pending' THEN d.next_attempt_at ELSE d.lease_until END) AS next
  FROM message_deliveries AS d WHERE d.status IN ('pending', 'sending') AND ${firstOfItsTicket}`;

/** A new message waits to be sent, unless it was decided too late to be of use: then it is finished as expired at once. */
export function newDeliveryState(createdAt: string, notSentBecause: string | undefined) {
  return notSentBecause === undefined
    ? { status: 'pending' as const, finishedAt: null, lastError: null }
    : { status: 'expired' as const, finishedAt: createdAt, lastError: notSentBecause };
}

export const claimDelivery = (id: string, leaseUntil: string) =>
  `UPDATE message_deliveries SET status = 'sending', attempts = attempts + 1, lease_until = ${leaseUntil} WHERE delivery_id = ${id}`;

export const retryDelivery = (nextAttemptAt: string, lastError: string, id: string) =>
  `UPDATE message_deliveries SET status = 'pending', lease_until = NULL, next_attempt_at = ${nextAttemptAt}, last_error = ${lastError} WHERE delivery_id = ${id}`;

// A success keeps the error of the attempt before it: "sent on the third try, after HTTP 500" is worth knowing.
export const finishDelivery = (status: string, finishedAt: string, providerMessageId: string, lastError: string, report: string, id: string) =>
  `UPDATE message_deliveries SET status = ${status}, lease_until = NULL, finished_at = ${finishedAt},
     provider_message_id = coalesce(${providerMessageId}, provider_message_id), last_error = coalesce(${lastError}, last_error), report = ${report}
   WHERE delivery_id = ${id}`;

export const awaitingReport = (limit: string) =>
  `SELECT * FROM message_deliveries WHERE status = 'sent' AND provider_ref IS NOT NULL AND report = 'accepted' ORDER BY delivery_id LIMIT ${limit}`;
/** `refsIn`: the engine's "provider_ref is one of the given list". */
export const awaitingReportOf = (refsIn: string) =>
  `SELECT * FROM message_deliveries WHERE status = 'sent' AND report = 'accepted' AND ${refsIn} ORDER BY delivery_id`;
/** Only forward: a final report (delivered, failed, fell back) is never replaced, so a late or repeated report changes nothing. */
export const recordReport = (report: string, detail: string, reportedAt: string, id: string) =>
  `UPDATE message_deliveries SET report = ${report}, report_detail = ${detail}, reported_at = ${reportedAt}
   WHERE delivery_id = ${id} AND (report IS NULL OR report = 'accepted')`;

/** Where a message stands for district IT: requested (not yet accepted), the provider's report once accepted, or failed / expired. */
const stateOf = `CASE WHEN d.status IN ('pending', 'sending') THEN 'requested' WHEN d.status IN ('failed', 'expired') THEN d.status ELSE coalesce(d.report, 'accepted') END`;

export const deliveryTallies = (businessDay: string) =>
  `SELECT t.office_id AS "officeId", d.kind AS kind,
     ${stateOf} AS state,
     CAST(count(*) AS INTEGER) AS count
   FROM message_deliveries AS d JOIN tickets AS t ON t.ticket_id = d.ticket_id
   WHERE t.business_day = ${businessDay}
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

/** Messages of every kind together, per business day, office and state, over a range of days; of one office when `officeId` is given. */
export const deliveryStatistics = (from: string, to: string, officeId?: string) =>
  `SELECT t.business_day AS "businessDay", t.office_id AS "officeId", ${stateOf} AS state, CAST(count(*) AS INTEGER) AS count
   FROM message_deliveries AS d JOIN tickets AS t ON t.ticket_id = d.ticket_id
   WHERE t.business_day BETWEEN ${from} AND ${to}${officeId === undefined ? '' : ` AND t.office_id = ${officeId}`}
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

/** Each message of the day with its ticket's number, never its phone; office by office, in line order. */
export const deliveriesOfDay = (businessDay: string) =>
  `SELECT t.office_id AS "officeId", t.display_number AS "displayNumber", d.kind AS kind, ${stateOf} AS state,
     d.attempts AS attempts, d.created_at AS "decidedAt", d.finished_at AS "finishedAt", coalesce(d.report_detail, d.last_error) AS detail
   FROM message_deliveries AS d JOIN tickets AS t ON t.ticket_id = d.ticket_id
   WHERE t.business_day = ${businessDay}
   ORDER BY t.office_id, t.line_order, d.delivery_id`;
