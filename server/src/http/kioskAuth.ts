import type { FastifyRequest } from 'fastify';
import { parseKioskBearer, secretMatches } from '../kiosks/kioskCredentials';
import type { DistrictStore, KioskRecord } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';

const challenge = { 'www-authenticate': 'Bearer' };

/** The kiosk behind a request's bearer token; the same answer for an unknown kiosk and a wrong secret, so neither can be probed. */
export async function authenticateKiosk(store: DistrictStore, request: FastifyRequest): Promise<KioskRecord> {
  const header = request.headers.authorization;
  if (!header) throw new DistrictProblem(401, 'UNAUTHORIZED', 'Send Authorization: Bearer <kioskId>.<secret>, as registered for this kiosk', challenge);
  const credentials = parseKioskBearer(header);
  const kiosk = credentials ? await store.transaction((tx) => tx.findKiosk(credentials.kioskId)) : null;
  if (!credentials || !kiosk || !secretMatches(credentials.secret, kiosk.secretHash)) {
    throw new DistrictProblem(401, 'UNAUTHORIZED', 'Unknown kiosk or wrong secret', challenge);
  }
  return kiosk;
}
