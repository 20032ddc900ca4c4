import type { FlowEvent, FlowState, Request } from './flowTypes';

export type MobileActions = {
  /** Sends the confirmed number; from then on the state holds it masked at most. */
  confirmMobile: () => Promise<void>;
  /** A paper ticket after all: consent refused, a duplicate, or no mobile tickets right now. */
  choosePaperInstead: () => Promise<void>;
  /** A paper copy of the mobile ticket, without the phone number. */
  printMobileCopy: () => Promise<void>;
};

export function createMobileActions(deps: {
  state: () => FlowState;
  request: Request;
  issuePaper: (event: FlowEvent) => Promise<void>;
}): MobileActions {
  const { state, request, issuePaper } = deps;
  return {
    confirmMobile: async () => {
      const from = state();
      if (from.name !== 'mobileConfirm') return;
      const { phone } = from;
      await request(
        { type: 'mobileConfirmed' },
        'mobileIssuing',
        (kiosk, { service, language, consented }) => kiosk.issueMobileTicket({ serviceId: service.id, language, phone, consented }),
        (result) => (result.ok ? { type: 'mobileIssued', ...result.value } : { type: 'mobileIssueFailed', error: result.error }),
      );
    },

    choosePaperInstead: () => issuePaper({ type: 'paperInstead' }),

    printMobileCopy: () =>
      request(
        { type: 'copyRequested' },
        'mobileDone',
        (kiosk, { ticket }) => kiosk.printMobileCopy({ ticketId: ticket.id }),
        (result) => (result.ok ? { type: 'copyPrinted', print: result.value } : { type: 'copyFailed', error: result.error }),
      ),
  };
}
