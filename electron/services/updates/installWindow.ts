import type { OfficeOverview } from '../../../shared/ipc/contract';
import type { ClosedReason } from '../../../shared/officeHours';

/** No touch or key for this long: nobody is in the middle of taking a ticket. */
export const IDLE_BEFORE_INSTALL_MS = 10 * 60_000;
/** An office without configured hours is taken to be empty in these Seoul hours (01:00–05:00). */
const QUIET_FROM_HOUR = 1;
const QUIET_UNTIL_HOUR = 5;
const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** Closed for the rest of the day or not yet open; lunch does not count: residents wait through it. */
const officeEmptyReasons: ReadonlySet<ClosedReason> = new Set(['before-opening', 'after-closing', 'last-ticket-passed', 'closed-weekday', 'holiday', 'day-closed']);

export interface InstallMoment {
  nowMs: number;
  /** The office as the kiosk shows it now; null when the core cannot say (starting, restarting). */
  office: Pick<OfficeOverview, 'services'> | null;
  /** The last touch or key on the kiosk (Electron's before-input-event). */
  lastInputMs: number;
}

export type InstallVerdict = { install: true } | { install: false; reason: 'office-open' | 'recent-input' | 'core-unavailable' };

/**
 * Whether a downloaded update may be installed now: never in front of a resident. The office must be
 * closed (every service shut for a reason other than lunch; with no hours configured, the night's
 * quiet hours) and the screen untouched for ten minutes.
 */
export function mayInstallNow({ nowMs, office, lastInputMs }: InstallMoment): InstallVerdict {
  if (!office) return { install: false, reason: 'core-unavailable' };
  if (!officeIsEmpty(office, nowMs)) return { install: false, reason: 'office-open' };
  if (nowMs - lastInputMs < IDLE_BEFORE_INSTALL_MS) return { install: false, reason: 'recent-input' };
  return { install: true };
}

function officeIsEmpty(office: Pick<OfficeOverview, 'services'>, nowMs: number): boolean {
  const reasons = office.services.map((service) => service.notOpen?.reason ?? null);
  if (reasons.length > 0 && reasons.every((reason) => reason !== null && officeEmptyReasons.has(reason))) return true;
  // A service open in the night means an office without hours (always open): only the quiet hours are safe.
  const seoulHour = new Date(nowMs + SEOUL_OFFSET_MS).getUTCHours();
  return reasons.some((reason) => reason === null) && seoulHour >= QUIET_FROM_HOUR && seoulHour < QUIET_UNTIL_HOUR;
}
