import type { LocalizedText } from '../../../shared/office';
import type { DistrictTransaction, LineKey, OfficeSnapshotRecord, TicketRecord } from '../store/districtStore';
import { estimateForPlace } from '../status/placeEstimate';
import type { MessageContent } from './messageContent';

export interface MessageRules {
  /** "approaching" goes out once people ahead fall to this many, if there were more when the ticket was issued. */
  approachingAt: number;
}

/** A ticket whose mirror changed in this batch; `before` is null when the server first sees it. */
export interface TicketChange {
  before: TicketRecord | null;
  after: TicketRecord;
}

const unnamedOffice: LocalizedText = { ko: '민원실', en: 'Civil affairs office' };

/**
 * Decides, inside the ingesting transaction, which messages the batch's changes call for, and
 * writes each as a delivery row unique per ticket and kind — so a message is decided at most once,
 * whatever is delivered twice or restarted. Only mobile tickets that still hold a contact qualify.
 * - issued: when the server first sees a ticket, if it is still waiting;
 * - called: when a ticket is being called;
 * - approaching: when a waiting ticket's people ahead have fallen to `approachingAt` from above it.
 * People ahead are the waiting tickets of the same office, day and service with a lower line order.
 */
export async function decideMessages(tx: DistrictTransaction, changes: readonly TicketChange[], rules: MessageRules, decidedAt: string): Promise<number> {
  const lines = await waitingLines(tx, changes);
  const placeOf = new Map([...lines.values()].flatMap((waiting) => waiting.map((ticket, ahead) => [ticket.ticketId, ahead] as const)));
  const snapshots = new Map<string, OfficeSnapshotRecord | null>();
  const snapshotOf = async (officeId: string) => {
    if (!snapshots.has(officeId)) snapshots.set(officeId, await tx.officeSnapshot(officeId));
    return snapshots.get(officeId) ?? null;
  };
  // Today's snapshot only: yesterday's estimate says nothing about today's line.
  const serviceSnapshotOf = async (ticket: TicketRecord) => {
    const snapshot = (await snapshotOf(ticket.officeId))?.snapshot;
    return snapshot?.businessDay === ticket.businessDay ? snapshot.services.find((s) => s.id === ticket.serviceId) : undefined;
  };
  const messagable = async (ticket: TicketRecord) => ticket.kind === 'mobile' && (await tx.hasContact(ticket.ticketId));
  let decided = 0;
  const decide = async (ticket: TicketRecord, content: MessageContent) => {
    const added = await tx.addDelivery({ ticketId: ticket.ticketId, kind: content.kind, content, createdAt: decidedAt });
    if (added) decided += 1;
    return added;
  };
  const common = async (ticket: TicketRecord) => ({
    officeName: (await snapshotOf(ticket.officeId))?.snapshot.officeName ?? unnamedOffice,
    displayNumber: ticket.displayNumber,
    language: ticket.language,
  });

  const aheadAtIssue = new Map<string, number>();
  for (const { before, after } of changes) {
    if (!(await messagable(after))) continue;
    if (!before && after.status === 'waiting') {
      const peopleAhead = placeOf.get(after.ticketId) ?? 0;
      // The kiosk's own figure when it sent one: the message must not contradict the screen.
      const estimate = after.estimateAtIssue ?? estimateForPlace(await serviceSnapshotOf(after), peopleAhead);
      if (await decide(after, { kind: 'issued', ...(await common(after)), peopleAhead, estimate })) {
        await tx.saveTicket({ ...after, aheadAtIssue: peopleAhead });
        aheadAtIssue.set(after.ticketId, peopleAhead);
      }
    }
    if (after.status === 'called') {
      await decide(after, { kind: 'called', ...(await common(after)), counterNumber: after.counterNumber });
    }
  }

  for (const waiting of lines.values()) {
    for (const [peopleAhead, ticket] of waiting.entries()) {
      const atIssue = aheadAtIssue.get(ticket.ticketId) ?? ticket.aheadAtIssue;
      if (atIssue === null || atIssue <= rules.approachingAt || peopleAhead > rules.approachingAt) continue;
      if (!(await messagable(ticket))) continue;
      await decide(ticket, { kind: 'approaching', ...(await common(ticket)), peopleAhead });
    }
  }
  return decided;
}

/** The waiting tickets of every line a change touched: where a ticket was, and where it is now. */
async function waitingLines(tx: DistrictTransaction, changes: readonly TicketChange[]): Promise<Map<string, TicketRecord[]>> {
  const lines = new Map<string, TicketRecord[]>();
  for (const ticket of changes.flatMap(({ before, after }) => (before ? [before, after] : [after]))) {
    const line: LineKey = { officeId: ticket.officeId, businessDay: ticket.businessDay, serviceId: ticket.serviceId };
    const key = JSON.stringify([line.officeId, line.businessDay, line.serviceId]);
    if (!lines.has(key)) lines.set(key, await tx.waitingTickets(line));
  }
  return lines;
}
