import { migrate001Initial } from './001_initial';
import { migrate002DeliveryClaimsAndReports } from './002_delivery_claims_and_reports';
import { migrate003FleetHealth } from './003_fleet_health';
import { migrate004ForecastUpdates } from './004_forecast_updates';
import { migrate005OfficeDayStart } from './005_office_day_start';

/**
 * Append only: migration N (file NNN_*) brings a database from schema version N-1 to N. PostgreSQL's
 * versions count on their own, without SQLite's gaps (SQLite's 001–002 are PostgreSQL's 001), so a
 * file's number is its place here, never SQLite's number for the same change.
 */
export const postgresMigrations: readonly string[] = [migrate001Initial, migrate002DeliveryClaimsAndReports, migrate003FleetHealth, migrate004ForecastUpdates, migrate005OfficeDayStart];
