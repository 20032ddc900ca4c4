import { z } from 'zod';
import { kioskEventSchema, type KioskEvent } from '../../../shared/district/api';
import type { Database } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import { contactFor } from '../privacy/mobileContacts';
import { PhoneVaultError, type PhoneVault } from '../privacy/phoneVault';
import type { OutboxRow } from '../queue/outboxRows';
import { statusTokenFor } from '../queue/statusToken';
import { ticketRows } from '../queue/ticketRows';

export interface EventSources {
  db: Database;
  vault: PhoneVault;
  log: Logger;
}

export type DistrictEventOrSkip = { send: true; event: KioskEvent } | { send: false };

/** The event types the district contract knows; the rest of the outbox (counter.state …) is the kiosk's own business. */
export const districtEventTypes: ReadonlySet<string> = new Set(
  kioskEventSchema.options.flatMap(({ shape: { type } }) => (type instanceof z.ZodEnum ? type.options : [...type.values])),
);

/**
 * Builds the district event for an outbox row at send time, validated by the contract. A row the
 * contract cannot take is logged by its id (never its content) and skipped, so it never blocks the line.
 */
export function toDistrictEvent(sources: EventSources, row: OutboxRow): DistrictEventOrSkip {
  if (!districtEventTypes.has(row.event_type)) return { send: false };
  const stored = parseStoredPayload(row.payload);
  const parsed = kioskEventSchema.safeParse({
    eventId: row.event_id,
    kioskSequence: row.position,
    occurredAt: row.occurred_at,
    ticketId: row.ticket_id,
    type: row.event_type,
    payload: row.event_type === 'ticket.issued' && row.ticket_id ? { ...stored, ...issuedTicketPayload(sources, row.ticket_id) } : stored,
  });
  if (parsed.success) return { send: true, event: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(event)'))].join(', ');
  sources.log.error(`Outbox event ${row.event_id} (position ${row.position}) does not fit the district contract (${fields}); skipped`);
  return { send: false };
}

function parseStoredPayload(payload: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What the issue event needs beyond the outbox row; the number is decrypted now and travels only in this request. */
function issuedTicketPayload(sources: EventSources, ticketId: string): Record<string, unknown> {
  const ticket = ticketRows(sources.db).districtFacts(ticketId);
  if (!ticket) return {};
  const stillWaiting = ticket.status === 'waiting' || ticket.status === 'called';
  return {
    lineOrder: ticket.lineOrder,
    kind: ticket.kind,
    language: ticket.language,
    statusToken: statusTokenFor(sources.db, ticketId),
    ...(ticket.kind === 'mobile' && stillWaiting ? contactOf(sources, ticketId) : {}),
  };
}

/** A contact that cannot be decrypted (the key was replaced) must not hold up the line: the ticket goes without it. */
function contactOf(sources: EventSources, ticketId: string): { contact?: { phone: string } } {
  try {
    const phone = contactFor(sources.db, sources.vault, ticketId);
    return phone ? { contact: { phone } } : {};
  } catch (error) {
    if (!(error instanceof PhoneVaultError)) throw error;
    sources.log.error(`The contact of ticket ${ticketId} cannot be decrypted (${error.message}); the district gets the ticket without it`);
    return {};
  }
}
