import { deliveryClaimsAndReports } from '../../deliveryClaimsSchema';

/** Provider references, claim leases and delivery reports on each message; the day-close claim (SQLite's 003). */
export const migrate002DeliveryClaimsAndReports = deliveryClaimsAndReports;
