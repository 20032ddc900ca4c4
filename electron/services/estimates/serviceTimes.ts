import type { Database } from '../database/openDatabase';
import { ticketRows } from '../queue/ticketRows';

/**
 * Minutes the day's finished tickets of a service took at the counter, newest first. Service
 * starts when the counter pressed "serving", or at the call when it never did; a negative span
 * (the wall clock stepped back) is no measurement.
 */
export function recentServiceMinutes(db: Database, businessDay: string, serviceId: string, limit = 20): number[] {
  return ticketRows(db).serviceMinutes(businessDay, serviceId, limit);
}
