import type { DistrictStore } from '../store/districtStore';
import { newKioskCredentials, newKioskSecret, secretHash, type KioskCredentials } from './kioskCredentials';

export const officeIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Registers a kiosk for an office and returns its credentials: the only time the secret exists outside the kiosk. */
export async function registerKiosk(store: DistrictStore, officeId: string, now: Date = new Date()): Promise<KioskCredentials> {
  if (!officeIdPattern.test(officeId)) throw new Error('An office id is 1–64 letters, digits, - or _');
  const credentials = newKioskCredentials();
  await store.transaction((tx) =>
    tx.insertKiosk({ kioskId: credentials.kioskId, officeId, secretHash: secretHash(credentials.secret), createdAt: now.toISOString() }),
  );
  return credentials;
}

/**
 * A new secret for a registered kiosk, without downtime: the old one keeps working for `graceMs`
 * (or until the kiosk first uses the new one), time enough to put the new token into its settings.
 * A grace of 0 refuses the old secret at once. Null when there is no such kiosk (or it is revoked).
 */
export async function rotateKioskSecret(store: DistrictStore, kioskId: string, graceMs: number, now: Date = new Date()): Promise<KioskCredentials | null> {
  const secret = newKioskSecret();
  const previousUntil = new Date(now.getTime() + graceMs).toISOString();
  const rotated = await store.transaction((tx) => tx.rotateKioskSecret(kioskId, secretHash(secret), previousUntil));
  return rotated ? { kioskId, secret, token: `${kioskId}.${secret}` } : null;
}

/** The kiosk is refused from this moment, whichever secret it sends. */
export function revokeKiosk(store: DistrictStore, kioskId: string, now: Date = new Date()): Promise<boolean> {
  return store.transaction((tx) => tx.revokeKiosk(kioskId, now.toISOString()));
}
