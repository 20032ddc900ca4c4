import type { FastifyRequest } from 'fastify';
import { parseKioskBearer, secretMatches } from '../kiosks/kioskCredentials';
import type { DistrictStore, KioskRecord } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';

const challenge = { 'www-authenticate': 'Bearer' };

/** The kiosk behind a request's bearer token; the same answer for an unknown kiosk and a wrong secret, so neither can be probed. */
export async function authenticateKiosk(store: DistrictStore, request: FastifyRequest, nowMs = Date.now()): Promise<KioskRecord> {
  const header = request.headers.authorization;
  if (!header) throw new DistrictProblem(401, 'UNAUTHORIZED', 'Send Authorization: Bearer <kioskId>.<secret>, as registered for this kiosk', challenge);
  const credentials = parseKioskBearer(header);
  const kiosk = credentials ? await store.transaction((tx) => tx.findKiosk(credentials.kioskId)) : null;
  const accepted = credentials && kiosk && !kiosk.revokedAt ? whichSecret(kiosk, credentials.secret, nowMs) : null;
  if (!kiosk || !accepted) throw new DistrictProblem(401, 'UNAUTHORIZED', 'Unknown kiosk or wrong secret', challenge);
  // The kiosk has its new secret: from now on the old one is refused.
  if (accepted === 'current' && kiosk.previousSecretHash) await store.transaction((tx) => tx.forgetPreviousSecret(kiosk.kioskId));
  return kiosk;
}

/** After a rotation both secrets work, the old one only until its grace time ends. */
function whichSecret(kiosk: KioskRecord, secret: string, nowMs: number): 'current' | 'previous' | null {
  if (secretMatches(secret, kiosk.secretHash)) return 'current';
  const { previousSecretHash, previousSecretUntil } = kiosk;
  if (previousSecretHash && previousSecretUntil && nowMs < Date.parse(previousSecretUntil) && secretMatches(secret, previousSecretHash)) return 'previous';
  return null;
}
