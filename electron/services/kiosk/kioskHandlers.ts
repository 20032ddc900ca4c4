import { businessDayOf } from '../../../shared/businessDay';
import type { OfficeConfig } from '../../../shared/office';
import type { Clock } from '../clock';
import type { Database } from '../database/openDatabase';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import type { Logger } from '../logger';
import { issueTicket } from '../queue/issueTicket';
import { cancelUnprintedTicket, claimReprint, issuedCountsByService, peopleAheadOf, waitingCountsByService } from '../queue/tickets';
import type { TicketPrinting } from './ticketPrinting';

export interface KioskHandlerDeps {
  db: Database;
  office: () => OfficeConfig;
  clock: Clock;
  printing: TicketPrinting;
  log: Logger;
}

export function createKioskHandlers({ db, office, clock, printing, log }: KioskHandlerDeps): KioskHandlers {
  return {
    async getOffice() {
      const config = office();
      const businessDay = businessDayOf(clock.now(), config.businessDayStartHour);
      const waiting = waitingCountsByService(db, businessDay);
      const issued = issuedCountsByService(db, businessDay);
      return {
        officeName: config.officeName,
        businessDay,
        services: config.services.map((service) => ({
          id: service.id,
          name: service.name,
          waiting: waiting.get(service.id) ?? 0,
          closedForToday: (issued.get(service.id) ?? 0) >= service.dailyCap,
        })),
        ticketKinds: ['paper' as const],
      };
    },

    getPrinterStatus: () => printing.readStatus(),

    async issueTicket(request) {
      // A paper ticket is promised only to a printer that says it can print it.
      const status = await printing.readStatus();
      if (status.state !== 'ready') {
        throw new KioskError('PRINTER_UNAVAILABLE', `Printer is ${status.state}`, { printerState: status.state });
      }
      const { ticket, wrapped } = issueTicket(db, office(), clock, request);
      if (wrapped) log.warn(`Service ${ticket.serviceId} wrapped around its number block at ${ticket.displayNumber}`);
      const print = await printing.print({
        id: ticket.id,
        serviceId: ticket.serviceId,
        displayNumber: ticket.displayNumber,
        peopleAhead: ticket.peopleAhead,
        issuedAtMs: Date.parse(ticket.issuedAt),
        language: request.language,
      });
      return { ticket, print };
    },

    async reprintTicket({ ticketId }) {
      const ticket = claimReprint(db, ticketId);
      return printing.print({
        id: ticket.id,
        serviceId: ticket.service_id,
        displayNumber: ticket.display_number,
        peopleAhead: peopleAheadOf(db, { businessDay: ticket.business_day, serviceId: ticket.service_id, sequence: ticket.sequence }),
        issuedAtMs: ticket.issued_at_ms,
        language: ticket.language,
      });
    },

    async cancelTicket({ ticketId }) {
      cancelUnprintedTicket(db, ticketId, new Date(clock.now()).toISOString());
      return { cancelled: true as const };
    },
  };
}
