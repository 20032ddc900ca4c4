import type { LocalizedText } from '../../../shared/language';
import type { DistrictTransaction, LineKey, OfficeSnapshotRecord, TicketRecord, ToldForecast } from '../store/districtStore';
import { estimateForTicket } from '../status/placeEstimate';
import { forecastUpdateDue, type ForecastUpdateRules } from './forecastUpdates';
import type { MessageContent } from './messageContent';

export interface MessageRules {
  /** "approaching" goes out once people ahead fall to this many, if there were more when the ticket was issued. */
  approachingAt: number;
  forecastUpdates: ForecastUpdateRules;
}

/**
 * "approaching" also goes out once the kiosk's forecast puts the call within this many minutes, if
 * the resident was told longer at issue: three people ahead of a passport can still be an hour.
 */
export const APPROACHING_WITHIN_MINUTES = 10;

/** The messages a batch decided: to send, and set aside as not sent (a call that reached the server too late); each is a new delivery row. */
export interface DecidedMessages {
  toSend: number;
  notSent: number;
}

/** A ticket whose mirror changed in this batch; `before` is null when the server first sees it. */
export interface TicketChange {
  before: TicketRecord | null;
  after: TicketRecord;
  /** The batch carried a call of this ticket, wherever the ticket stands after it. */
  calledInBatch: boolean;
}

const unnamedOffice: LocalizedText = { ko: '민원실', en: 'Civil affairs office' };

/**
 * Decides, inside the ingesting transaction, which messages the batch's changes call for, and
 * writes each as a delivery row unique per ticket and kind — so a message is decided at most once,
 * whatever is delivered twice or restarted. Only mobile tickets that still hold a contact qualify.
 * - issued: when the server first sees a ticket, if it is still waiting;
 * - called: when a ticket is being called. A call that reaches the server only together with what
 *   followed it (served, finished, sent back to a line: the kiosk was offline meanwhile) is stale for
 *   the resident, who is at the counter or gone; it is recorded as not sent, with why, so district IT
 *   can tell "never called by message" from "lost";
 * - approaching: when a waiting ticket's people ahead have fallen to `approachingAt` from above it,
 *   or the kiosk's forecast for it has fallen within APPROACHING_WITHIN_MINUTES from above; it carries
 *   the same forecast as the status page. Snapshots arrive every few seconds and move forecasts back
 *   and forth: a message goes out only when the forecast crosses that line, and once;
 * - update: when a waiting ticket's forecast — the one its status page shows — has moved materially
 *   since the last message that told one (forecastUpdates.ts: by more than max(10 min, 50 %), at
 *   least 10 minutes after it, at most `forecastUpdates.maxPerTicket` per ticket). The n-th update is
 *   revision n of its kind, so two instances deciding it at once write it once.
 * People ahead are the waiting tickets of the same office, day and service with a lower line order.
 * `snapshotOffices`: offices whose snapshot (with fresh forecasts) this batch brought.
 */
export async function decideMessages(
  tx: DistrictTransaction,
  changes: readonly TicketChange[],
  rules: MessageRules,
  decidedAt: string,
  snapshotOffices: readonly string[] = [],
): Promise<DecidedMessages> {
  const lines = await waitingLines(tx, changes);
  for (const officeId of snapshotOffices) {
    const snapshot = (await tx.officeSnapshot(officeId))?.snapshot;
    for (const service of snapshot?.services ?? []) await addLine(tx, lines, { officeId, businessDay: snapshot?.businessDay ?? '', serviceId: service.id });
  }
  const placeOf = new Map([...lines.values()].flatMap((waiting) => waiting.map((ticket, ahead) => [ticket.ticketId, ahead] as const)));
  const snapshots = new Map<string, OfficeSnapshotRecord | null>();
  const snapshotOf = async (officeId: string) => {
    if (!snapshots.has(officeId)) snapshots.set(officeId, await tx.officeSnapshot(officeId));
    return snapshots.get(officeId) ?? null;
  };
  const estimateOf = async (ticket: TicketRecord, peopleAhead: number) => estimateForTicket((await snapshotOf(ticket.officeId))?.snapshot, ticket, peopleAhead);
  const messagable = async (ticket: TicketRecord) => ticket.kind === 'mobile' && (await tx.hasContact(ticket.ticketId));
  const counted: DecidedMessages = { toSend: 0, notSent: 0 };
  const decide = async (ticket: TicketRecord, content: MessageContent, notSentBecause?: string, revision?: number) => {
    const added = await tx.addDelivery({ ticketId: ticket.ticketId, kind: content.kind, revision, content, createdAt: decidedAt, notSentBecause });
    if (added) counted[notSentBecause ? 'notSent' : 'toSend'] += 1;
    return added;
  };
  const common = async (ticket: TicketRecord) => ({
    officeName: (await snapshotOf(ticket.officeId))?.snapshot.officeName ?? unnamedOffice,
    displayNumber: ticket.displayNumber,
    language: ticket.language,
  });

  // Tickets issued in this batch were read into `lines` before their "issued" was decided.
  const aheadAtIssue = new Map<string, number>();
  const toldAtIssue = new Map<string, ToldForecast>();
  for (const { before, after, calledInBatch } of changes) {
    if (!(await messagable(after))) continue;
    if (!before && after.status === 'waiting') {
      const peopleAhead = placeOf.get(after.ticketId) ?? 0;
      // The kiosk's own figure when it sent one: the message must not contradict the screen.
      const estimate = after.estimateAtIssue ?? (await estimateOf(after, peopleAhead));
      if (await decide(after, { kind: 'issued', ...(await common(after)), peopleAhead, estimate })) {
        const told = { estimate, at: decidedAt, updates: 0 };
        await tx.saveTicket({ ...after, aheadAtIssue: peopleAhead, told });
        aheadAtIssue.set(after.ticketId, peopleAhead);
        toldAtIssue.set(after.ticketId, told);
      }
    }
    if (after.status === 'called' || calledInBatch) {
      const stale = after.status === 'called' ? undefined : `the ticket was ${after.status} by the time its call reached the server`;
      await decide(after, { kind: 'called', ...(await common(after)), counterNumber: after.counterNumber }, stale);
    }
  }

  for (const waiting of lines.values()) {
    for (const [peopleAhead, ticket] of waiting.entries()) {
      const atIssue = aheadAtIssue.get(ticket.ticketId) ?? ticket.aheadAtIssue;
      if (atIssue === null) continue;
      const estimate = await estimateOf(ticket, peopleAhead);
      const told = toldAtIssue.get(ticket.ticketId) ?? ticket.told;
      const tell = (updates: number) => tx.saveTicket({ ...ticket, aheadAtIssue: atIssue, told: { estimate, at: decidedAt, updates } });
      const fewAhead = atIssue > rules.approachingAt && peopleAhead <= rules.approachingAt;
      const soonByForecast = estimate.kind === 'range' && estimate.maxMinutes <= APPROACHING_WITHIN_MINUTES && toldLonger(ticket.estimateAtIssue);
      if ((fewAhead || soonByForecast) && (await messagable(ticket))) {
        if (await decide(ticket, { kind: 'approaching', ...(await common(ticket)), peopleAhead, estimate })) {
          await tell(told?.updates ?? 0);
          continue;
        }
      }
      if (!forecastUpdateDue(told, estimate, Date.parse(decidedAt), rules.forecastUpdates) || !(await messagable(ticket))) continue;
      const revision = (told?.updates ?? 0) + 1;
      if (await decide(ticket, { kind: 'update', ...(await common(ticket)), peopleAhead, estimate }, undefined, revision)) await tell(revision);
    }
  }
  return counted;
}

/** Whether the kiosk told the resident at issue that the wait could run past APPROACHING_WITHIN_MINUTES (null: it sent no figure). */
function toldLonger(atIssue: TicketRecord['estimateAtIssue']): boolean {
  return atIssue !== null && (atIssue.kind === 'unknown' || atIssue.maxMinutes > APPROACHING_WITHIN_MINUTES);
}

/** The waiting tickets of every line a change touched: where a ticket was, and where it is now. */
async function waitingLines(tx: DistrictTransaction, changes: readonly TicketChange[]): Promise<Map<string, TicketRecord[]>> {
  const lines = new Map<string, TicketRecord[]>();
  for (const ticket of changes.flatMap(({ before, after }) => (before ? [before, after] : [after]))) {
    await addLine(tx, lines, { officeId: ticket.officeId, businessDay: ticket.businessDay, serviceId: ticket.serviceId });
  }
  return lines;
}

async function addLine(tx: DistrictTransaction, lines: Map<string, TicketRecord[]>, line: LineKey): Promise<void> {
  const key = JSON.stringify([line.officeId, line.businessDay, line.serviceId]);
  if (!lines.has(key)) lines.set(key, await tx.waitingTickets(line));
}
