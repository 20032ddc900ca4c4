import { cancelAtDesk, claimDeskCopy, closeDayByHand, moveAtDesk, reopenDayByHand, ticketDesk } from '../desk/ticketDesk';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import type { Audit } from './adminHandlers';
import type { DaySummaries } from './daySummaries';
import { issuePaperTicket, type KioskHandlerDeps } from './kioskHandlers';
import type { StaffSession } from './staffSession';
import { storedTicketToPrint } from './ticketPrinting';

type DeskMethods = 'getTicketDesk' | 'reprintAtDesk' | 'cancelAtDesk' | 'moveTicket' | 'issuePriorityTicket' | 'closeDay' | 'reopenDay';

export interface DeskHandlerDeps extends KioskHandlerDeps {
  session: StaffSession;
  audit: Audit;
  daySummaries: DaySummaries;
}

/**
 * The ticket desk behind the staff PIN: clerks and the manager alike, except closing and reopening
 * the day. Every change is audit-logged. The desk first records the prints that came out (their
 * record otherwise waits for the next ticket), so a printed ticket never reads as still printing.
 */
export function createDeskHandlers(deps: DeskHandlerDeps): Pick<KioskHandlers, DeskMethods> {
  const { queue, changes, printing, district, session, audit, daySummaries } = deps;
  return {
    async getTicketDesk({ displayNumber }) {
      session.require();
      printing.recordPrintsNow();
      return ticketDesk(queue, displayNumber);
    },

    async reprintAtDesk({ ticketId }) {
      const actor = session.require();
      printing.recordPrintsNow();
      const ticket = claimDeskCopy(queue, ticketId, printing.owner);
      const outcome = await printing.print(storedTicketToPrint(queue, ticket, district(), 'copy'));
      audit({ actor, action: 'ticket-reprinted', detail: { number: ticket.display_number, service: ticket.service_id, outcome: outcome.status } });
      changes.notify();
      return outcome;
    },

    async cancelAtDesk({ ticketId }) {
      const actor = session.require();
      printing.recordPrintsNow();
      const ticket = cancelAtDesk(queue, ticketId);
      audit({ actor, action: 'ticket-cancelled', detail: { number: ticket.display_number, service: ticket.service_id } });
      changes.notify();
      return { cancelled: true as const };
    },

    async moveTicket({ ticketId, serviceId }) {
      const actor = session.require();
      printing.recordPrintsNow();
      const { ticket, fromServiceId } = moveAtDesk(queue, ticketId, serviceId);
      audit({ actor, action: 'ticket-moved', detail: { number: ticket.display_number, from: fromServiceId, to: serviceId } });
      changes.notify();
      return { moved: true as const };
    },

    async issuePriorityTicket({ serviceId, language }) {
      const actor = session.require();
      const issued = await issuePaperTicket(deps, { serviceId, language, priority: true });
      audit({ actor, action: 'priority-issued', detail: { number: issued.ticket.displayNumber, service: serviceId, outcome: issued.print.status } });
      return issued;
    },

    async closeDay() {
      const actor = session.require('manager');
      const closed = closeDayByHand(queue);
      audit({ actor, action: 'day-closed', detail: { ...closed } });
      changes.notify();
      return { ...closed, summaryPrint: await daySummaries.print(closed.businessDay) };
    },

    async reopenDay() {
      const actor = session.require('manager');
      const reopened = reopenDayByHand(queue);
      daySummaries.owedAgain(reopened.businessDay);
      audit({ actor, action: 'day-reopened', detail: { ...reopened } });
      changes.notify();
      return reopened;
    },
  };
}
