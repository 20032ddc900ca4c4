import type { Database } from 'better-sqlite3';
import { migrate001Initial } from './001_initial';
import { migrate002EstimateAtIssue } from './002_estimate_at_issue';
import { migrate003DeliveryClaimsAndReports } from './003_delivery_claims_and_reports';
import { migrate006FleetHealth } from './006_fleet_health';
import { migrate007ForecastUpdates } from './007_forecast_updates';
import { migrate008OfficeDayStart } from './008_office_day_start';

/** Append only: migration N brings a database from user_version N-1 to N. */
export const migrations: ReadonlyArray<(db: Database) => void> = [migrate001Initial, migrate002EstimateAtIssue, migrate003DeliveryClaimsAndReports, migrate006FleetHealth, migrate007ForecastUpdates, migrate008OfficeDayStart];
