import { z } from 'zod';
import { derivedKey, openSealedText } from '../privacy/sealedText';

const CREDENTIALS_PURPOSE = 'sunbeon district credentials v1';

/** As kept in the settings table: the secret only sealed under a key derived from the OS keystore's. */
export const storedDistrictSchema = z.object({ serverUrl: z.string(), publicUrl: z.string().nullable(), kioskId: z.string(), sealedSecret: z.string() });

/** The link in force as the core hands it to main for the updater: the secret still sealed (base64). */
export const sealedDistrictSchema = storedDistrictSchema.pick({ serverUrl: true, kioskId: true, sealedSecret: true });
export type SealedDistrict = z.infer<typeof sealedDistrictSchema>;

/** The key the district secret is sealed under, derived from the kiosk's one keystore key. */
export const credentialsKey = (keystoreKey: Buffer): Buffer => derivedKey(keystoreKey, CREDENTIALS_PURPOSE);

/** The kiosk's secret, or null under another keystore key (main holds the key; so does the core). */
export function openDistrictSecret(keystoreKey: Buffer, sealedSecretBase64: string): string | null {
  return openSealedText(credentialsKey(keystoreKey), Buffer.from(sealedSecretBase64, 'base64'));
}
