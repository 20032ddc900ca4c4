import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { z } from 'zod';
import type { KioskEvent, officeSnapshotPayloadSchema } from '../../../shared/district/api';
import type { Heartbeat } from '../../../shared/district/heartbeat';
import type { ticketStatuses } from '../../../shared/ticket';
import type { Language } from '../../../shared/language';
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

/** The kiosk's statuses, and a paper ticket whose print failed: out of the line, counted ahead of nobody. */
export type TicketStatus = (typeof ticketStatuses)[number] | 'print_failed';
export type OfficeSnapshot = z.infer<typeof officeSnapshotPayloadSchema>;

export interface KioskRecord {
  kioskId: string;
  officeId: string;
  secretHash: string;
  createdAt: string;
  /** After a rotation, the old secret's hash, accepted until `previousSecretUntil` or the kiosk's first use of the new one. */
  previousSecretHash?: string | null;
  previousSecretUntil?: string | null;
  /** A revoked kiosk is refused whatever it sends. */
  revokedAt?: string | null;
}

/** A kiosk's latest heartbeat as the server received it. */
export interface HeartbeatRecord {
  kioskId: string;
  receivedAt: string;
  /** The kiosk's clock minus the server's when it arrived (the request's own travel time included). */
  clockOffsetMs: number;
  report: Heartbeat;
}

/** A registered kiosk and its latest heartbeat (null before its first). */
export interface FleetKiosk {
  kiosk: KioskRecord;
  heartbeat: HeartbeatRecord | null;
}

/** Who sent an event id first, and the keyed hash of what it said. */
export interface EventFingerprint {
  kioskId: string;
  bodyHash: string;
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
  /** What the last message that carried a forecast said, and when; null before the first. */
  told: ToldForecast | null;
  updatedAt: string;
}

/** The forecast a resident was last told by message, when, and how many updates they had. */
export interface ToldForecast {
  estimate: WaitEstimate;
  at: string;
  updates: number;
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

/** sent: the provider accepted it; what became of it after that is its `report`. */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'expired';
/** The provider's word after accepting: still on its way, delivered by KakaoTalk, failed, or delivered as SMS/LMS instead. */
export type DeliveryReport = 'accepted' | 'delivered' | 'failed' | 'fell_back';

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
  /** The provider's handle, opened before the first attempt (Solapi: a message group id). */
  providerRef: string | null;
  /** While `sending`: the claim lapses then, and another worker (perhaps another instance) takes the message over. */
  leaseUntil: string | null;
  report: DeliveryReport | null;
  reportDetail: string | null;
}

/** How many messages of an office, day and kind stand where; never a phone number. */
export interface DeliveryTally {
  officeId: string;
  kind: MessageKind;
  /** requested: decided, not yet accepted; accepted … fell_back: the provider's report; failed covers refusals; expired: no longer needed, not sent. */
  state: 'requested' | DeliveryReport | 'expired';
  count: number;
}

/** How many messages (all kinds) of an office and business day stand where: the statistics of delivery. */
export interface DeliveryStatisticsRow {
  businessDay: string;
  officeId: string;
  state: DeliveryTally['state'];
  count: number;
}

/** One message as district IT sees it: the ticket's number, what became of the message, and the provider's word; never a phone number. */
export interface DeliveryLine {
  officeId: string;
  displayNumber: string;
  kind: MessageKind;
  state: DeliveryTally['state'];
  attempts: number;
  decidedAt: string;
  finishedAt: string | null;
  /** The provider's report ("ATA 3104 … → LMS 4000") or the last error, masked when stored. */
  detail: string | null;
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
  /** A new secret; the old one stays valid until `previousUntil` (or the kiosk's first use of the new one). */
  rotateKioskSecret(kioskId: string, secretHash: string, previousUntil: string): Promise<boolean>;
  /** The kiosk uses its new secret: the old one is refused from now on. */
  forgetPreviousSecret(kioskId: string): Promise<void>;
  /** Refused at once, whichever secret it sends; false when there is no such kiosk. */
  revokeKiosk(kioskId: string, revokedAt: string): Promise<boolean>;
  /** Replaces the kiosk's previous heartbeat. */
  saveHeartbeat(heartbeat: HeartbeatRecord): Promise<void>;
  /** Every registered kiosk with its latest heartbeat, by office. */
  fleet(): Promise<FleetKiosk[]>;

  /**
   * A batch's work takes a few statements, not a few per event (PostgreSQL: one round trip each):
   * the plural methods below read or write many rows at once.
   * The fingerprints of those of `eventIds` already logged, by event id.
   */
  findEventFingerprints(eventIds: readonly string[]): Promise<Map<string, EventFingerprint>>;
  /** Distinct new event ids: one already logged (perhaps by another instance meanwhile) fails the transaction on the primary key. */
  logEvents(entries: readonly LoggedEvent[]): Promise<void>;
  /** Each ticket's events from one kiosk, in kioskSequence order; a ticket with none is absent. */
  ticketEvents(kioskId: string, ticketIds: readonly string[]): Promise<Map<string, KioskEvent[]>>;

  findTicket(ticketId: string): Promise<TicketRecord | null>;
  /** Those of `ticketIds` the server knows, by ticket id. */
  findTickets(ticketIds: readonly string[]): Promise<Map<string, TicketRecord>>;
  findTicketByStatusToken(statusToken: string): Promise<TicketRecord | null>;
  /** Which of `statusTokens` a ticket already holds. */
  statusTokensInUse(statusTokens: readonly string[]): Promise<Set<string>>;
  saveTicket(ticket: TicketRecord): Promise<void>;
  /** Inserts or replaces each; distinct ticket ids. */
  saveTickets(tickets: readonly TicketRecord[]): Promise<void>;
  /** The line's waiting tickets, first in line first. */
  waitingTickets(line: LineKey): Promise<TicketRecord[]>;

  officeSnapshot(officeId: string): Promise<OfficeSnapshotRecord | null>;
  saveOfficeSnapshot(record: OfficeSnapshotRecord): Promise<void>;
  /** Every office with a kiosk, by id: the hour its business day starts, from its newest snapshot; null when no snapshot said. */
  officeDayStartHours(): Promise<Map<string, number | null>>;

  /** `sealed` is already encrypted: the store never sees a phone number. */
  saveContact(ticketId: string, businessDay: string, sealed: Buffer): Promise<void>;
  loadContact(ticketId: string): Promise<Buffer | null>;
  hasContact(ticketId: string): Promise<boolean>;
  /** Overwrites, then deletes; true when there was one. */
  destroyContact(ticketId: string): Promise<boolean>;
  /** destroyContact for each; how many there were. */
  destroyContacts(ticketIds: readonly string[]): Promise<number>;
  ticketsWithContactsBefore(businessDay: string): Promise<string[]>;

  /**
   * False when the ticket already has a message of that kind and revision (0 unless given; the n-th
   * forecast update is revision n): the at-most-once guarantee, across instances too.
   * `notSentBecause`: decided too late to be of use; kept as expired, with the reason, and never sent.
   */
  addDelivery(delivery: { ticketId: string; kind: MessageKind; revision?: number; content: MessageContent; createdAt: string; notSentBecause?: string }): Promise<boolean>;
  /**
   * Claims the next message to send (pending and due, or sending whose lease lapsed by `now`),
   * oldest first and only once its ticket's earlier messages are finished: sending, the attempt
   * counted, leased until `leaseUntil`. Two workers never claim the same message (PostgreSQL:
   * FOR UPDATE SKIP LOCKED). Null when nothing is due.
   */
  claimNextDelivery(now: string, leaseUntil: string): Promise<DeliveryRecord | null>;
  /** When claimNextDelivery will next have something: a retry falling due or a lease lapsing. */
  nextDeliveryDueAt(): Promise<string | null>;
  /** Kept before anything is sent, so any later attempt can ask the provider about this one. */
  setDeliveryProviderRef(deliveryId: number, providerRef: string): Promise<void>;
  retryDeliveryLater(deliveryId: number, nextAttemptAt: string, lastError: string): Promise<void>;
  finishDelivery(deliveryId: number, outcome: DeliveryOutcome): Promise<void>;
  /** One instance on its own file (SQLite): claims left by the previous run lapse now instead of at their lease. */
  releaseDeliveryClaims(now: string): Promise<number>;
  /** Accepted messages whose final report has not come yet, oldest first. */
  deliveriesAwaitingReport(limit: number): Promise<DeliveryRecord[]>;
  /** Those of them the provider knows by these refs (a report webhook named them). */
  deliveriesAwaitingReportOf(providerRefs: readonly string[]): Promise<DeliveryRecord[]>;
  /** Only forward: false when the message already had a final report (a repeated or late one changes nothing). */
  recordDeliveryReport(deliveryId: number, report: { report: DeliveryReport; detail: string | null; reportedAt: string }): Promise<boolean>;
  /** The day's messages per office, kind and state. */
  deliveryTallies(businessDay: string): Promise<DeliveryTally[]>;
  /** Per business day from `from` to `to` (inclusive), office and state; only `officeId`'s when given (what its kiosks are told). */
  deliveryStatistics(from: string, to: string, officeId?: string): Promise<DeliveryStatisticsRow[]>;
  /** The day's messages one by one, office by office in line order. */
  deliveriesOfDay(businessDay: string): Promise<DeliveryLine[]>;

  /** True for exactly one caller per close: the instance that closes what `closes` names (each office's first open day). */
  claimDayClose(closes: string, closedAt: string): Promise<boolean>;
  /** Business days before this one are closed, in every office or in `officeId`'s: no contact of theirs is kept or accepted. */
  closedBefore(officeId?: string): Promise<string | null>;
  setClosedBefore(businessDay: string, officeId?: string): Promise<void>;
  /** Drops events received before `receivedBefore`, and tickets and their messages of days before `businessDayBefore`. */
  pruneHistory(receivedBefore: string, businessDayBefore: string): Promise<number>;

  keyCheck(): Promise<string | null>;
  setKeyCheck(value: string): Promise<void>;
}

/** The meta key of the day before which every office's days, or `officeId`'s, are closed. */
export const closedBeforeKey = (officeId?: string) => (officeId === undefined ? 'closed_before' : `closed_before:${officeId}`);
