import type { EventBatch, EventBatchResponse, KioskEvent } from '../../../shared/district/api';
import type { ContactCipher } from '../crypto/contactCipher';
import type { Logger } from '../../../nodeShared/logger';
import { decideMessages, type MessageRules, type TicketChange } from '../messages/decideMessages';
import { projectTicket } from '../mirror/projectTicket';
import type { DistrictStore, DistrictTransaction, KioskRecord, LoggedEvent, TicketStatus } from '../store/districtStore';
import { clockOffsetMs, correctedOccurrence } from './clockCorrection';

export interface IngestDeps {
  store: DistrictStore;
  cipher: ContactCipher;
  fingerprint: (event: KioskEvent) => string;
  rules: MessageRules;
  log: Logger;
  /** Called after a commit that decided messages, so the delivery queue sends them. */
  onMessagesDecided: () => void;
  /** Called after a commit that applied events: the office and the status tokens of the tickets it changed. */
  onQueueChanged?: (officeId: string, statusTokens: readonly string[]) => void;
  /** Called after a commit that added messages for the office, to send or set aside as not sent: its message counts changed. */
  onDeliveriesAdded?: (officeId: string) => void;
}

type EventStatus = EventBatchResponse['results'][number]['status'];

/** A finished ticket needs no more messages, so its phone number goes at once. */
const finishedStatuses: ReadonlySet<TicketStatus> = new Set(['done', 'cancelled', 'no_show']);

/** The kiosk's clock is allowed this much error before the server mentions it to district IT. */
const NOTABLE_CLOCK_OFFSET_MS = 60_000;

/**
 * Takes one authenticated batch in a single transaction: records each new event (idempotent by
 * eventId), folds the touched tickets' mirrors again, keeps the newest office snapshot, seals new
 * contacts and decides the messages. Events apply in kioskSequence order; results come back in the
 * order the batch listed them.
 */
export async function ingestBatch(deps: IngestDeps, kiosk: KioskRecord, batch: EventBatch, receivedAtMs: number): Promise<EventBatchResponse> {
  const offsetMs = clockOffsetMs(batch.sentAt, receivedAtMs);
  const receivedAt = new Date(receivedAtMs).toISOString();
  const order = batch.events.map((event, index) => ({ event, index })).sort((a, b) => a.event.kioskSequence - b.event.kioskSequence);

  const outcome = await deps.store.transaction(async (tx) => {
    const { statuses, applied } = await recordEvents(tx, deps, kiosk, order, offsetMs, receivedAtMs);
    const touched = new Set<string>();
    const snapshotOffices = new Set<string>();
    const phones = new Map<string, string>();
    const called = new Set<string>();
    for (const { event, correctedAt } of applied) {
      if (event.type === 'office.snapshot') {
        if (await keepNewestSnapshot(tx, kiosk, event.payload, correctedAt)) snapshotOffices.add(kiosk.officeId);
      }
      else if (event.ticketId) touched.add(event.ticketId);
      if (event.type === 'ticket.issued' && event.ticketId && event.payload.contact) phones.set(event.ticketId, event.payload.contact.phone);
      if ((event.type === 'ticket.called' || event.type === 'ticket.recalled') && event.ticketId) called.add(event.ticketId);
    }
    const changes = await refreshMirror(tx, deps, kiosk, touched, phones, called, receivedAt);
    const decided = await decideMessages(tx, changes, deps.rules, receivedAt, [...snapshotOffices]);
    const destroyed = await tx.destroyContacts(changes.filter(({ after }) => finishedStatuses.has(after.status)).map(({ after }) => after.ticketId));
    return { statuses, decided, destroyed, changedTokens: applied.length > 0 ? changes.map(({ after }) => after.statusToken) : null };
  });

  if (outcome.changedTokens) deps.onQueueChanged?.(kiosk.officeId, outcome.changedTokens);
  if (outcome.decided.toSend + outcome.decided.notSent > 0) deps.onDeliveriesAdded?.(kiosk.officeId);
  if (outcome.destroyed > 0) await deps.store.scrubDeletedData();
  if (outcome.decided.toSend > 0) deps.onMessagesDecided();
  const count = (status: EventStatus) => outcome.statuses.filter((s) => s === status).length;
  deps.log.info(
    `kiosk ${kiosk.kioskId} (office ${kiosk.officeId}): ${batch.events.length} events, ${count('applied')} applied, ` +
      `${count('duplicate')} duplicate, ${count('conflict')} conflict; ${outcome.decided.toSend} messages decided`,
  );
  if (Math.abs(offsetMs) > NOTABLE_CLOCK_OFFSET_MS) {
    deps.log.warn(`kiosk ${kiosk.kioskId}: its clock is ${Math.round(-offsetMs / 1000)} s off the server's; event times corrected`);
  }
  return { results: batch.events.map((event, index) => ({ eventId: event.eventId, status: outcome.statuses[index] })) };
}

/**
 * Sorts the batch's events into new (logged, in one statement), duplicate (the same id and body
 * again, from the same kiosk) and conflict (the same id with another body, or from another kiosk),
 * with one lookup for the whole batch; a repeat inside the batch counts against its first
 * appearance. Two instances logging the same new event at once cannot both commit: the event id is
 * the primary key, and the loser's transaction runs again and finds it.
 */
async function recordEvents(
  tx: DistrictTransaction,
  deps: IngestDeps,
  kiosk: KioskRecord,
  order: ReadonlyArray<{ event: KioskEvent; index: number }>,
  offsetMs: number,
  receivedAtMs: number,
): Promise<{ statuses: EventStatus[]; applied: Array<{ event: KioskEvent; correctedAt: string }> }> {
  const receivedAt = new Date(receivedAtMs).toISOString();
  const seen = await tx.findEventFingerprints(order.map(({ event }) => event.eventId));
  const statuses: EventStatus[] = [];
  const applied: Array<{ event: KioskEvent; correctedAt: string }> = [];
  const logged: LoggedEvent[] = [];
  for (const { event, index } of order) {
    const bodyHash = deps.fingerprint(event);
    const earlier = seen.get(event.eventId);
    if (earlier) {
      statuses[index] = earlier.kioskId === kiosk.kioskId && earlier.bodyHash === bodyHash ? 'duplicate' : 'conflict';
      continue;
    }
    const correctedAt = correctedOccurrence(event.occurredAt, offsetMs, receivedAtMs);
    seen.set(event.eventId, { kioskId: kiosk.kioskId, bodyHash });
    logged.push({ event: withoutContact(event), kioskId: kiosk.kioskId, officeId: kiosk.officeId, correctedAt, receivedAt, bodyHash });
    applied.push({ event, correctedAt });
    statuses[index] = 'applied';
  }
  await tx.logEvents(logged);
  return { statuses, applied };
}

/** The event log keeps no phone number: it lives only sealed, in contacts, for as long as it is needed. */
function withoutContact(event: KioskEvent): KioskEvent {
  return event.type === 'ticket.issued' ? { ...event, payload: { ...event.payload, contact: undefined } } : event;
}

/** Whether it became the office's snapshot (an older one arriving late does not). */
async function keepNewestSnapshot(tx: DistrictTransaction, kiosk: KioskRecord, snapshot: Extract<KioskEvent, { type: 'office.snapshot' }>['payload'], correctedAt: string): Promise<boolean> {
  const current = await tx.officeSnapshot(kiosk.officeId);
  if (current && current.correctedAt > correctedAt) return false;
  await tx.saveOfficeSnapshot({ officeId: kiosk.officeId, kioskId: kiosk.kioskId, correctedAt, snapshot });
  return true;
}

/**
 * Folds each touched ticket's events again. A ticket id or status token that another kiosk already
 * uses is left alone: one kiosk cannot rewrite another office's tickets. A phone number is kept only
 * from the issued event that introduces a mobile ticket, and never for a business day already closed.
 */
async function refreshMirror(
  tx: DistrictTransaction,
  deps: IngestDeps,
  kiosk: KioskRecord,
  touched: ReadonlySet<string>,
  phones: ReadonlyMap<string, string>,
  called: ReadonlySet<string>,
  updatedAt: string,
): Promise<TicketChange[]> {
  // Every office's close, or this office's own (its day may start at another hour), whichever came later.
  const closedBefore = [await tx.closedBefore(), await tx.closedBefore(kiosk.officeId)].reduce((later, day) => (day && (!later || day > later) ? day : later), null);
  const befores = await tx.findTickets([...touched]);
  const mine = [...touched].filter((ticketId) => {
    const before = befores.get(ticketId);
    if (before && before.kioskId !== kiosk.kioskId) {
      deps.log.warn(`kiosk ${kiosk.kioskId} sent an event for ticket ${ticketId} of another kiosk: ignored`);
      return false;
    }
    return true;
  });
  const eventsOf = await tx.ticketEvents(kiosk.kioskId, mine);
  const projections = mine.flatMap((ticketId) => {
    const projection = projectTicket(eventsOf.get(ticketId) ?? []);
    return projection ? [{ ticketId, before: befores.get(ticketId) ?? null, projection }] : [];
  });
  const tokensTaken = await tx.statusTokensInUse(projections.filter(({ before }) => !before).map(({ projection }) => projection.statusToken));
  const changes: TicketChange[] = [];
  for (const { ticketId, before, projection } of projections) {
    if (!before && tokensTaken.has(projection.statusToken)) {
      deps.log.warn(`kiosk ${kiosk.kioskId} reused a status token for ticket ${ticketId}: ignored`);
      continue;
    }
    if (!before) tokensTaken.add(projection.statusToken);
    const after = { ...projection, ticketId, kioskId: kiosk.kioskId, officeId: kiosk.officeId, aheadAtIssue: before?.aheadAtIssue ?? null, told: before?.told ?? null, updatedAt };
    changes.push({ before, after, calledInBatch: called.has(ticketId) });
  }
  await tx.saveTickets(changes.map(({ after }) => after));
  for (const { before, after } of changes) {
    const phone = phones.get(after.ticketId);
    if (!before && phone && after.kind === 'mobile' && !(closedBefore && after.businessDay < closedBefore)) {
      await tx.saveContact(after.ticketId, after.businessDay, deps.cipher.seal(phone, after.ticketId));
    }
  }
  return changes;
}
