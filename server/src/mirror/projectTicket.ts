import type { KioskEvent, ticketEventTypes } from '../../../shared/district/api';
import type { TicketRecord, TicketStatus } from '../store/districtStore';

export type TicketProjection = Pick<
  TicketRecord,
  'businessDay' | 'serviceId' | 'displayNumber' | 'lineOrder' | 'kind' | 'language' | 'statusToken' | 'status' | 'counterNumber' | 'estimateAtIssue'
>;

const statusAfter: Record<(typeof ticketEventTypes)[number], TicketStatus> = {
  'ticket.called': 'called',
  'ticket.recalled': 'called',
  'ticket.serving': 'serving',
  'ticket.completed': 'done',
  'ticket.no-show': 'no_show',
  'ticket.reinstated': 'waiting',
  'ticket.transferred': 'waiting',
  'ticket.cancelled': 'cancelled',
  'ticket.print-failed': 'print_failed',
  'ticket.reprinting': 'waiting',
};

/**
 * A ticket as its kiosk's events describe it, folded in kioskSequence order. The kiosk is the
 * authority on its queue, so the fold follows every event without second-guessing it; folding the
 * whole history again on every change is what makes batches that arrive out of order harmless.
 * Null until the ticket's issued event has arrived.
 */
export function projectTicket(eventsInSequence: readonly KioskEvent[]): TicketProjection | null {
  let ticket: TicketProjection | null = null;
  for (const event of eventsInSequence) {
    if (event.type === 'office.snapshot') continue;
    if (event.type === 'ticket.issued') {
      if (ticket) continue;
      const { businessDay, serviceId, displayNumber, lineOrder, kind, language, statusToken, estimate } = event.payload;
      ticket = {
        businessDay,
        serviceId,
        displayNumber,
        lineOrder,
        kind,
        language,
        statusToken,
        status: 'waiting',
        counterNumber: null,
        estimateAtIssue: estimate ?? null,
      };
      continue;
    }
    if (!ticket) continue;
    const status = statusAfter[event.type];
    ticket = {
      ...ticket,
      status,
      serviceId: event.type === 'ticket.transferred' ? event.payload.serviceId : ticket.serviceId,
      counterNumber: status === 'waiting' ? null : (event.payload.counterNumber ?? ticket.counterNumber),
    };
  }
  return ticket;
}
