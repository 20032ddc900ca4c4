import type { KioskEvent } from '../../../shared/district/api';
import { seoulDateTimeParts } from '../../../shared/businessDay';

/** A kiosk offline over a long weekend still delivers its old days; anything older has been closed here. */
export const BUSINESS_DAY_DAYS_BACK = 7;
/** A day starting at midnight or a kiosk a little ahead may be one day past the server's Seoul date. */
export const BUSINESS_DAY_DAYS_AHEAD = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BusinessDayWindow {
  earliest: string;
  latest: string;
}

/** The business days the server takes from a kiosk now: near its own Seoul date, whatever the kiosk's clock says. */
export function businessDayWindow(nowMs: number): BusinessDayWindow {
  return {
    earliest: seoulDateTimeParts(nowMs - BUSINESS_DAY_DAYS_BACK * DAY_MS).date,
    latest: seoulDateTimeParts(nowMs + BUSINESS_DAY_DAYS_AHEAD * DAY_MS).date,
  };
}

/** The first event whose business day lies outside the window, described for the kiosk's staff screen; null when all fit. */
export function businessDayOutsideWindow(events: readonly KioskEvent[], window: BusinessDayWindow): string | null {
  for (const [index, event] of events.entries()) {
    if (event.type !== 'ticket.issued' && event.type !== 'office.snapshot') continue;
    const day = event.payload.businessDay;
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && day >= window.earliest && day <= window.latest) continue;
    return `events.${index}.payload.businessDay: ${JSON.stringify(day.slice(0, 10))} is not near the server's Seoul date (accepted ${window.earliest} to ${window.latest}); check the kiosk's clock`;
  }
  return null;
}
