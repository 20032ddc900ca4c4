import type { KioskHandlers } from '../ipc/kioskRoutes';
import type { Logger } from '../../../nodeShared/logger';
import { issueTicket, type IssueRequest } from '../issuing/issueTicket';
import type { IssuedTicket } from '../../../shared/ipc/contract';
import type { PrintOutcome } from '../../../shared/printer';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { serviceOpening } from '../office/opening';
import { officeFacesCutAt } from '../fonts/officeFacesCutAt';
import { serviceQueue } from '../views/queueViews';
import { claimPrintJob, resolveUncertainPrint } from '../queue/printJobs';
import { cancelUnprintedTicket, issuedCountsByService } from '../queue/tickets';
import type { DistrictLink } from './districtLink';
import { storedTicketToPrint, type TicketPrinting } from './ticketPrinting';
import { startScreenOffice } from '../../../shared/startScreenOffice';

export interface KioskHandlerDeps {
  queue: QueueContext;
  changes: QueueChanges;
  printing: TicketPrinting;
  log: Logger;
  /** With a district server: mobile tickets, and a status-page QR on paper ones. */
  district: () => DistrictLink | null;
}

type ResidentMethods = 'getOffice' | 'getPrinterStatus' | 'issueTicket' | 'reprintTicket' | 'resolvePrint' | 'cancelTicket';

/**
 * Issues a paper ticket and prints it: promised only to a printer that says it can print it. A
 * priority ticket (issued by staff) says so on its paper.
 */
export async function issuePaperTicket(
  { queue, changes, printing, log, district }: KioskHandlerDeps,
  request: Omit<IssueRequest, 'kind'>,
): Promise<{ ticket: IssuedTicket; print: PrintOutcome }> {
  const { issued, print } = await printing.issueAndPrint(() => {
    const issued = issueTicket(queue.db, queue.office(), queue.clock, { ...request, kind: 'paper' }, printing.owner);
    const { ticket, statusToken } = issued;
    return {
      issued,
      ticket: {
        ...ticket,
        issuedAtMs: Date.parse(ticket.issuedAt),
        language: request.language,
        statusUrl: district()?.statusUrl(statusToken),
        mark: request.priority ? ('priority' as const) : undefined,
      },
    };
  });
  // The live views, the district sync and the phone sweep hear of the ticket once its paper is out: nothing of theirs delays it.
  changes.notify();
  if (issued.wrapped) log.warn(`Service ${issued.ticket.serviceId} started again at its block's first number ${issued.ticket.displayNumber}`);
  return { ticket: issued.ticket, print };
}

/** What the resident's screens may do: no PIN, no counters, nothing but tickets. The office's faces are cut under `dataDir` (fonts/officeFaces.ts). */
export function createResidentHandlers({ queue, changes, printing, log, district }: KioskHandlerDeps, dataDir: string): Pick<KioskHandlers, ResidentMethods> {
  const { db } = queue;
  return {
    async getOffice() {
      const office = queue.office();
      const now = queueNow(queue);
      const businessDay = currentBusinessDay(queue, now);
      const issued = issuedCountsByService(db, businessDay);
      return {
        businessDay,
        services: office.services.filter((service) => service.enabled !== false).map((service) => {
          const { waiting, estimate } = serviceQueue(queue, service.id, businessDay);
          const opening = serviceOpening(db, office, service, now, businessDay);
          return {
            id: service.id,
            name: service.name,
            waiting,
            estimate,
            closedForToday: (issued.get(service.id) ?? 0) >= service.dailyCap,
            notOpen: opening.open ? null : { reason: opening.reason, opensAt: opening.opensAt },
          };
        }),
        ticketKinds: district() ? (['paper', 'mobile'] as const) : (['paper'] as const),
        officeFacesCutAt: officeFacesCutAt(dataDir),
        mobileConsentRequired: office.mobileConsentRequired,
        consentText: office.consentText ?? null,
        ...startScreenOffice(office),
      };
    },

    getPrinterStatus: () => printing.readStatus(),

    issueTicket: (request) => issuePaperTicket({ queue, changes, printing, log, district }, request),

    async reprintTicket({ ticketId }) {
      return printing.print(storedTicketToPrint(queue, claimPrintJob(db, ticketId, 'reprint', printing.owner, queue.clock.now()), district()));
    },

    async resolvePrint({ ticketId, cameOut }) {
      resolveUncertainPrint(db, ticketId, cameOut, queueNow(queue));
      return { printState: cameOut ? ('printed' as const) : ('failed' as const) };
    },

    async cancelTicket({ ticketId }) {
      cancelUnprintedTicket(db, ticketId, new Date(queue.clock.now()).toISOString());
      changes.notify();
      return { cancelled: true as const };
    },
  };
}
