import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { z } from 'zod';
import type { KioskEvent, officeSnapshotPayloadSchema } from '../../../shared/district/api';
import type { ticketStatuses } from '../../../shared/ticket';
import type { Language } from '../../../shared/office';
import type { MessageContent, MessageKind } from '../messages/messageContent';

/**
 * Everything the district server keeps, behind one asynchronous seam: SQLite fills it today, a
 * PostgreSQL implementation can fill it later without the routes or the rules noticing.
 * Times are ISO-8601 UTC strings on the server's clock; business days are YYYY-MM-DD.
 */
export interface DistrictStore {
  /**
   * Runs `work` atomically: all of its writes commit together or not at all, and no other
   * transaction's writes interleave with it (SQLite: one writer at a time; PostgreSQL: SERIALIZABLE,
   * retrying on serialization failures). `work` must await only `tx`, never the network.
   */
  transaction<T>(work: (tx: DistrictTransaction) => Promise<T>): Promise<T>;
  /** Makes deleted personal data unrecoverable from the storage files (SQLite: checkpoints and truncates the WAL). */
  scrubDeletedData(): Promise<void>;
  close(): Promise<void>;
}

export type TicketStatus = (typeof ticketStatuses)[number];
export type OfficeSnapshot = z.infer<typeof officeSnapshotPayloadSchema>;

export interface KioskRecord {
  kioskId: string;
  officeId: string;
  secretHash: string;
  createdAt: string;
}

export interface LoggedEvent {
  /** As the kiosk sent it, minus the phone number. */
  event: KioskEvent;
  kioskId: string;
  officeId: string;
  /** occurredAt moved onto the server's clock. */
  correctedAt: string;
  receivedAt: string;
  /** Keyed hash of the event as sent: the same id with another body is a conflict. */
  bodyHash: string;
}

/** The server's mirror of one ticket, folded from its kiosk's events. */
export interface TicketRecord {
  ticketId: string;
  kioskId: string;
  officeId: string;
  businessDay: string;
  serviceId: string;
  displayNumber: string;
  lineOrder: number;
  kind: 'paper' | 'mobile';
  language: Language;
  statusToken: string;
  status: TicketStatus;
  counterNumber: number | null;
  /** People ahead told in the "issued" message; null when none was sent. */
  aheadAtIssue: number | null;
  /** The range the kiosk showed at issue, when it sent one: the "issued" message says the same. */
  estimateAtIssue: WaitEstimate | null;
  updatedAt: string;
}

/** One line of people: the tickets of a service at an office on a business day. */
export interface LineKey {
  officeId: string;
  businessDay: string;
  serviceId: string;
}

export interface OfficeSnapshotRecord {
  officeId: string;
  kioskId: string;
  correctedAt: string;
  snapshot: OfficeSnapshot;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'expired';

export interface DeliveryRecord {
  deliveryId: number;
  ticketId: string;
  kind: MessageKind;
  content: MessageContent;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  finishedAt: string | null;
  providerMessageId: string | null;
  lastError: string | null;
}

export interface DeliveryOutcome {
  status: 'sent' | 'failed' | 'expired';
  finishedAt: string;
  providerMessageId?: string | null;
  /** Omitted: the previous attempt's error stays on record. */
  lastError?: string | null;
}

export interface DistrictTransaction {
  insertKiosk(kiosk: KioskRecord): Promise<void>;
  findKiosk(kioskId: string): Promise<KioskRecord | null>;

  findEventFingerprint(eventId: string): Promise<{ kioskId: string; bodyHash: string } | null>;
  logEvent(entry: LoggedEvent): Promise<void>;
  /** A ticket's events from one kiosk, in kioskSequence order. */
  ticketEvents(kioskId: string, ticketId: string): Promise<KioskEvent[]>;

  findTicket(ticketId: string): Promise<TicketRecord | null>;
  findTicketByStatusToken(statusToken: string): Promise<TicketRecord | null>;
  saveTicket(ticket: TicketRecord): Promise<void>;
  /** The line's waiting tickets, first in line first. */
  waitingTickets(line: LineKey): Promise<TicketRecord[]>;

  officeSnapshot(officeId: string): Promise<OfficeSnapshotRecord | null>;
  saveOfficeSnapshot(record: OfficeSnapshotRecord): Promise<void>;

  /** `sealed` is already encrypted: the store never sees a phone number. */
  saveContact(ticketId: string, businessDay: string, sealed: Buffer): Promise<void>;
  loadContact(ticketId: string): Promise<Buffer | null>;
  hasContact(ticketId: string): Promise<boolean>;
  /** Overwrites, then deletes; true when there was one. */
  destroyContact(ticketId: string): Promise<boolean>;
  ticketsWithContactsBefore(businessDay: string): Promise<string[]>;

  /** False when the ticket already has a message of that kind: the at-most-once guarantee. */
  addDelivery(delivery: { ticketId: string; kind: MessageKind; content: MessageContent; createdAt: string }): Promise<boolean>;
  /** Pending deliveries due by `now`, oldest first, each only once its ticket's earlier messages are finished. */
  dueDeliveries(now: string, limit: number): Promise<DeliveryRecord[]>;
  /** When the next delivery that dueDeliveries could return falls due. */
  nextDeliveryDueAt(): Promise<string | null>;
  /** pending → sending, counting the attempt; false when another worker took it first. */
  claimDelivery(deliveryId: number): Promise<boolean>;
  retryDeliveryLater(deliveryId: number, nextAttemptAt: string, lastError: string): Promise<void>;
  finishDelivery(deliveryId: number, outcome: DeliveryOutcome): Promise<void>;
  /** Sends cut off by a crash: their outcome is unknown, so they fail rather than risk a second message. */
  failInterruptedSends(finishedAt: string): Promise<number>;

  /** Business days before this one are closed: no contact of theirs is kept or accepted. */
  closedBefore(): Promise<string | null>;
  setClosedBefore(businessDay: string): Promise<void>;
  /** Drops events received before `receivedBefore`, and tickets and their messages of days before `businessDayBefore`. */
  pruneHistory(receivedBefore: string, businessDayBefore: string): Promise<number>;

  keyCheck(): Promise<string | null>;
  setKeyCheck(value: string): Promise<void>;
}
