import type { Database } from 'better-sqlite3';
import { deliveryClaimsAndReports } from '../../deliveryClaimsSchema';

/** Provider references, claim leases and delivery reports on each message; the day-close claim. */
export function migrate003DeliveryClaimsAndReports(db: Database): void {
  db.exec(deliveryClaimsAndReports);
}
