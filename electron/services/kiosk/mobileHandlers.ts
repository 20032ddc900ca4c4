import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';

type MobileMethods = 'issueMobileTicket' | 'printMobileCopy';

/** Mobile tickets need a district server to send the messages; a kiosk without one offers paper only. */
export function createMobileHandlers(): Pick<KioskHandlers, MobileMethods> {
  const unavailable = async (): Promise<never> => {
    throw new KioskError('MOBILE_UNAVAILABLE', 'This kiosk has no district server configured for mobile tickets');
  };
  return { issueMobileTicket: unavailable, printMobileCopy: unavailable };
}
