import { openDistrictSecret, type SealedDistrict } from '../kiosk/sealedDistrict';

/** Where electron-updater asks for releases, and with which kiosk's token. */
export interface UpdateFeed {
  url: string;
  authorization: string;
}

/**
 * The feed of the district server the kiosk is linked to now — the one the manager set on screen,
 * or IT's environment on a new kiosk — its secret unsealed with the keystore key main holds.
 * Null without a link, or when the secret was sealed under another key (then the core cannot sync either).
 */
export function updateFeedFrom(district: SealedDistrict | null, keystoreKey: Buffer | undefined): UpdateFeed | null {
  if (!district || !keystoreKey) return null;
  const secret = openDistrictSecret(keystoreKey, district.sealedSecret);
  if (secret === null) return null;
  return { url: `${district.serverUrl.replace(/\/+$/, '')}/updates`, authorization: `Bearer ${district.kioskId}.${secret}` };
}
