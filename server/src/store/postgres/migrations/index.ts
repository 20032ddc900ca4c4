import { deliveryClaimsAndReports } from '../../deliveryClaimsSchema';
import { fleetHealthAndCredentialRotation } from '../../fleetHealthSchema';
import { migrate001Initial } from './001_initial';

/** Append only: migration N brings a database from schema version N-1 to N. */
export const postgresMigrations: readonly string[] = [migrate001Initial, deliveryClaimsAndReports, fleetHealthAndCredentialRotation];
