import { kioskEventSchema, officeSnapshotPayloadSchema, type KioskEvent } from '../../../shared/district/api';
import { heartbeatSchema } from '../../../shared/district/heartbeat';
import { waitEstimateSchema } from '../../../shared/waitEstimate';
import { messageContentSchema } from '../messages/messageContent';
import type { DeliveryRecord, FleetKiosk, KioskRecord, LoggedEvent, OfficeSnapshotRecord, TicketRecord } from './districtStore';

/** Rows as both engines return them (same column names, times as ISO text, JSON as text), and the records they make. */
export interface KioskRow {
  kiosk_id: string;
  office_id: string;
  secret_hash: string;
  created_at: string;
  previous_secret_hash: string | null;
  previous_secret_until: string | null;
  revoked_at: string | null;
}

/** A kiosk joined with its latest heartbeat, whose columns are null before the first. */
export interface FleetRow extends KioskRow {
  received_at: string | null;
  /** PostgreSQL returns BIGINT as text. */
  clock_offset_ms: number | string | null;
  report: string | null;
}

export interface EventRow {
  event_id: string;
  kiosk_sequence: number;
  event_type: string;
  ticket_id: string | null;
  occurred_at: string;
  payload: string;
}

export interface TicketRow {
  ticket_id: string;
  kiosk_id: string;
  office_id: string;
  business_day: string;
  service_id: string;
  display_number: string;
  line_order: number;
  kind: TicketRecord['kind'];
  language: TicketRecord['language'];
  status_token: string;
  status: TicketRecord['status'];
  counter_number: number | null;
  ahead_at_issue: number | null;
  estimate_at_issue: string | null;
  told_estimate: string | null;
  told_at: string | null;
  updates_told: number;
  updated_at: string;
}

export interface SnapshotRow {
  office_id: string;
  kiosk_id: string;
  corrected_at: string;
  payload: string;
}

export interface DeliveryRow {
  delivery_id: number;
  ticket_id: string;
  kind: DeliveryRecord['kind'];
  content: string;
  status: DeliveryRecord['status'];
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  finished_at: string | null;
  provider_message_id: string | null;
  last_error: string | null;
  provider_ref: string | null;
  lease_until: string | null;
  report: DeliveryRecord['report'];
  report_detail: string | null;
}

export function toKiosk(row: KioskRow): KioskRecord {
  const kiosk: KioskRecord = { kioskId: row.kiosk_id, officeId: row.office_id, secretHash: row.secret_hash, createdAt: row.created_at };
  // Only what is set, so a kiosk that was never rotated nor revoked reads as it was registered.
  if (row.previous_secret_hash) Object.assign(kiosk, { previousSecretHash: row.previous_secret_hash, previousSecretUntil: row.previous_secret_until });
  if (row.revoked_at) kiosk.revokedAt = row.revoked_at;
  return kiosk;
}

export function toFleetKiosk(row: FleetRow): FleetKiosk {
  const heartbeat =
    row.received_at === null || row.report === null
      ? null
      : { kioskId: row.kiosk_id, receivedAt: row.received_at, clockOffsetMs: Number(row.clock_offset_ms), report: heartbeatSchema.parse(JSON.parse(row.report)) };
  return { kiosk: toKiosk(row), heartbeat };
}

/** Parsed again rather than trusted: the mirror is only ever built from events the contract allows. */
export function toEvent(row: EventRow): KioskEvent {
  return kioskEventSchema.parse({
    eventId: row.event_id,
    kioskSequence: row.kiosk_sequence,
    occurredAt: row.occurred_at,
    ticketId: row.ticket_id,
    type: row.event_type,
    payload: JSON.parse(row.payload),
  });
}

/** Rows of several tickets' events, each ticket's in order, as each ticket's events in that order. */
export function eventsByTicket(rows: readonly EventRow[]): Map<string, KioskEvent[]> {
  const events = new Map<string, KioskEvent[]>();
  for (const row of rows) {
    const ofTicket = events.get(row.ticket_id ?? '') ?? [];
    if (ofTicket.length === 0) events.set(row.ticket_id ?? '', ofTicket);
    ofTicket.push(toEvent(row));
  }
  return events;
}

/** The values an event is stored with, in the column order of the events table. */
export function eventValues({ event, kioskId, officeId, correctedAt, receivedAt, bodyHash }: LoggedEvent): unknown[] {
  return [event.eventId, kioskId, officeId, event.kioskSequence, event.type, event.ticketId, event.occurredAt, correctedAt, receivedAt, bodyHash, JSON.stringify(event.payload)];
}

export function toTicket(row: TicketRow): TicketRecord {
  return {
    ticketId: row.ticket_id,
    kioskId: row.kiosk_id,
    officeId: row.office_id,
    businessDay: row.business_day,
    serviceId: row.service_id,
    displayNumber: row.display_number,
    lineOrder: row.line_order,
    kind: row.kind,
    language: row.language,
    statusToken: row.status_token,
    status: row.status,
    counterNumber: row.counter_number,
    aheadAtIssue: row.ahead_at_issue,
    estimateAtIssue: row.estimate_at_issue === null ? null : waitEstimateSchema.parse(JSON.parse(row.estimate_at_issue)),
    told:
      row.told_estimate === null || row.told_at === null
        ? null
        : { estimate: waitEstimateSchema.parse(JSON.parse(row.told_estimate)), at: row.told_at, updates: row.updates_told },
    updatedAt: row.updated_at,
  };
}

export function toSnapshot(row: SnapshotRow): OfficeSnapshotRecord {
  return { officeId: row.office_id, kioskId: row.kiosk_id, correctedAt: row.corrected_at, snapshot: officeSnapshotPayloadSchema.parse(JSON.parse(row.payload)) };
}

export function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    deliveryId: row.delivery_id,
    ticketId: row.ticket_id,
    kind: row.kind,
    content: messageContentSchema.parse(JSON.parse(row.content)),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    providerMessageId: row.provider_message_id,
    lastError: row.last_error,
    providerRef: row.provider_ref,
    leaseUntil: row.lease_until,
    report: row.report,
    reportDetail: row.report_detail,
  };
}
