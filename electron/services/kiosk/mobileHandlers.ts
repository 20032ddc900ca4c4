import { maskPhone, normalizePhone } from '../../../shared/phoneNumber';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { hasActiveMobileTicket, storeContact } from '../privacy/mobileContacts';
import { issueTicket } from '../queue/issueTicket';
import { recordEstimateAtIssue } from '../queue/outbox';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { getTicket } from '../queue/tickets';
import type { DistrictLink } from './districtLink';
import { storedTicketToPrint, type TicketPrinting } from './ticketPrinting';

type MobileMethods = 'issueMobileTicket' | 'printMobileCopy';

export interface MobileHandlerDeps {
  queue: QueueContext;
  changes: QueueChanges;
  printing: TicketPrinting;
  /** Null on a kiosk without a district server: it offers paper tickets only. */
  district: DistrictLink | null;
}

/** Mobile tickets: the number is checked, encrypted and stored in the issuing transaction; it is never logged or echoed. */
export function createMobileHandlers({ queue, changes, printing, district }: MobileHandlerDeps): Pick<KioskHandlers, MobileMethods> {
  const { db } = queue;
  const requireDistrict = (): DistrictLink => {
    if (!district) throw new KioskError('MOBILE_UNAVAILABLE', 'This kiosk has no district server configured for mobile tickets');
    return district;
  };
  return {
    async issueMobileTicket({ serviceId, language, phone, consented }) {
      const { vault } = requireDistrict();
      const office = queue.office();
      if (office.mobileConsentRequired && !consented) throw new KioskError('CONSENT_REQUIRED', 'The resident has not agreed to the use of the number');
      const parsed = normalizePhone(phone);
      if (!parsed.ok) throw new KioskError('PHONE_INVALID', `Not a Korean mobile number: ${parsed.reason}`, { phoneProblem: parsed.reason });

      const { ticket: issued } = db
        .transaction(() => {
          const scope = { phone: parsed.phone, businessDay: currentBusinessDay(queue), serviceId };
          // Says only that the number is taken: nothing about the other ticket reaches whoever typed it.
          if (hasActiveMobileTicket(db, vault, scope)) throw new KioskError('MOBILE_DUPLICATE', 'This number already has an active mobile ticket for this service today');
          const result = issueTicket(db, office, queue.clock, { serviceId, kind: 'mobile', language });
          storeContact(db, vault, { ...scope, businessDay: result.ticket.businessDay, ticketId: result.ticket.id });
          return result;
        })
        .immediate();
      const estimate = estimateForTicket(queue, issued.id);
      recordEstimateAtIssue(db, issued.id, estimate);
      changes.notify();
      return {
        ticket: { ...issued, estimate },
        maskedPhone: maskPhone(parsed.phone),
        messagesMayBeLate: requireDistrict().messagesMayBeLate(),
      };
    },

    async printMobileCopy({ ticketId }) {
      const link = requireDistrict();
      const ticket = getTicket(db, ticketId);
      const claimed = db
        .prepare(`UPDATE tickets SET print_state = 'pending' WHERE id = ? AND kind = 'mobile' AND status = 'waiting' AND print_state IN ('none', 'failed')`)
        .run(ticketId).changes;
      if (claimed !== 1) throw new KioskError('NOT_REPRINTABLE', 'Only a waiting mobile ticket without a printed copy can be printed');
      return printing.print(storedTicketToPrint(queue, ticket, link));
    },
  };
}
