import type { OfficeConfig, ServiceConfig } from '../../../shared/office';
import { afterDayClosed, serviceAvailability, type Availability } from '../../../shared/officeHours';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { settingRows } from '../settings/settingRows';

/** The business day staff closed by hand, if any: the latest one is all that matters. */
const DAY_CLOSED_KEY = 'day_closed_by_hand';

export function recordDayClosed(db: Database, businessDay: string): void {
  settingRows(db).write(DAY_CLOSED_KEY, businessDay);
}

export function dayClosedByHand(db: Database, businessDay: string): boolean {
  return settingRows(db).read(DAY_CLOSED_KEY) === businessDay;
}

export function recordDayReopened(db: Database): void {
  settingRows(db).remove(DAY_CLOSED_KEY);
}

/** Whether `service` issues a ticket at `instantMs` of `businessDay`: office hours, its last-ticket time, holidays, a day staff closed. */
export function serviceOpening(db: Database, office: OfficeConfig, service: ServiceConfig, instantMs: number, businessDay: string): Availability {
  if (dayClosedByHand(db, businessDay)) return afterDayClosed(office.hours, service.lastTicketTime, businessDay, office.businessDayStartHour);
  return serviceAvailability(office.hours, service.lastTicketTime, instantMs);
}

export function assertServiceOpen(opening: Availability, service: ServiceConfig): void {
  if (opening.open) return;
  throw new KioskError('SERVICE_NOT_OPEN', `Service ${service.id} does not issue tickets now (${opening.reason})`, {
    notOpen: { reason: opening.reason, opensAt: opening.opensAt },
  });
}
