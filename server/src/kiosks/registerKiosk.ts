import type { DistrictStore } from '../store/districtStore';
import { newKioskCredentials, secretHash, type KioskCredentials } from './kioskCredentials';

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
