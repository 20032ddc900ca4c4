import { writeTransaction } from '../database/openDatabase';
import { maskPhone, normalizePhone } from '../../../shared/phoneNumber';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { hasActiveMobileTicket, storeContact } from '../privacy/mobileContacts';
import { issueTicket } from '../issuing/issueTicket';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { claimPrintJob } from '../queue/printJobs';
import type { DistrictLink } from './districtLink';
import { storedTicketToPrint, type TicketPrinting } from './ticketPrinting';

type MobileMethods = 'issueMobileTicket' | 'printMobileCopy';

export interface MobileHandlerDeps {
  queue: QueueContext;
  changes: QueueChanges;
  printing: TicketPrinting;
  /** Null on a kiosk without a district server: it offers paper tickets only. */
  district: () => DistrictLink | null;
}

/** Mobile tickets: the number is checked, encrypted and stored in the issuing transaction; it is never logged or echoed. */
export function createMobileHandlers({ queue, changes, printing, district }: MobileHandlerDeps): Pick<KioskHandlers, MobileMethods> {
  const { db } = queue;
  const requireDistrict = (): DistrictLink => {
    const link = district();
    if (!link) throw new KioskError('MOBILE_UNAVAILABLE', 'This kiosk has no district server configured for mobile tickets');
    return link;
  };
  return {
    async issueMobileTicket({ serviceId, language, phone, consented }) {
      const { vault } = requireDistrict();
      const office = queue.office();
      if (office.mobileConsentRequired && !consented) throw new KioskError('CONSENT_REQUIRED', 'The resident has not agreed to the use of the number');
      const parsed = normalizePhone(phone);
      if (!parsed.ok) throw new KioskError('PHONE_INVALID', `Not a Korean mobile number: ${parsed.reason}`, { phoneProblem: parsed.reason });

      const { ticket } = writeTransaction(db, () => {
        const scope = { phone: parsed.phone, businessDay: currentBusinessDay(queue), serviceId };
        // Says only that the number is taken: nothing about the other ticket reaches whoever typed it.
        if (hasActiveMobileTicket(db, vault, scope)) throw new KioskError('MOBILE_DUPLICATE', 'This number already has an active mobile ticket for this service today');
        const result = issueTicket(db, office, queue.clock, { serviceId, kind: 'mobile', language });
        storeContact(db, vault, { ...scope, businessDay: result.ticket.businessDay, ticketId: result.ticket.id });
        return result;
      });
      changes.notify();
      return {
        ticket,
        maskedPhone: maskPhone(parsed.phone),
        messagesMayBeLate: requireDistrict().messagesMayBeLate(),
      };
    },

    async printMobileCopy({ ticketId }) {
      const link = requireDistrict();
      return printing.print(storedTicketToPrint(queue, claimPrintJob(db, ticketId, 'mobileCopy', printing.owner, queue.clock.now()), link));
    },
  };
}
