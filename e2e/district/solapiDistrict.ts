import { randomBytes } from 'node:crypto';
import type { DistrictOptions } from '../../electron/services/kiosk/districtLink';
import { staticKeyProvider } from '../../electron/services/privacy/keyProviders';
import type { KioskCredentials } from '../../server/src/kiosks/kioskCredentials';

/** The Solapi account the stub accepts, and the Alimtalk templates the district server is set up with. */
export const SOLAPI = { apiKey: 'e2e-api-key', apiSecret: 'e2e-api-secret' };
export const TEMPLATES = { issued: 'TPL_ISSUED', approaching: 'TPL_APPROACHING', update: 'TPL_UPDATE', called: 'TPL_CALLED' };

/** A district server process's settings for sending through the Solapi stub at `solapiUrl` (storage settings come on top). */
export function solapiServerEnv(solapiUrl: string): Record<string, string> {
  return {
    SUNBEON_MESSAGE_PROVIDER: 'solapi',
    SOLAPI_BASE_URL: solapiUrl,
    SOLAPI_API_KEY: SOLAPI.apiKey,
    SOLAPI_API_SECRET: SOLAPI.apiSecret,
    SOLAPI_PF_ID: 'KA01PF-E2E',
    SOLAPI_SENDER: '0212345678',
    SOLAPI_TEMPLATE_ISSUED: TEMPLATES.issued,
    SOLAPI_TEMPLATE_APPROACHING: TEMPLATES.approaching,
    SOLAPI_TEMPLATE_UPDATE: TEMPLATES.update,
    SOLAPI_TEMPLATE_CALLED: TEMPLATES.called,
  };
}

/** The kiosk's link to the district at `serverUrl` as a registered kiosk, with a fresh phone-vault key. */
export function kioskDistrictOptions(serverUrl: string, credentials: KioskCredentials): DistrictOptions {
  return {
    serverUrl,
    kioskId: credentials.kioskId,
    secret: credentials.secret,
    keyProvider: staticKeyProvider(randomBytes(32)),
    // An open circuit waits its longest backoff before probing: minutes in an office, seconds here.
    retry: { baseDelayMs: 200, maxDelayMs: 2_000 },
  };
}
