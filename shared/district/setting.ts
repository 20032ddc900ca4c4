import { z } from 'zod';
import { formRule } from '../formRules';

/** The URL parser has already normalized the host (0x7f.1 → 127.0.0.1, [0::1] → [::1]). A name such as localhost could resolve anywhere. */
export function isLoopbackHost(hostname: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === '[::1]';
}

/** https, or plain http only to this very machine; no credentials inside the address. */
function isDistrictUrl(written: string): boolean {
  if (!URL.canParse(written)) return false;
  const url = new URL(written);
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

const districtUrlSchema = z.string().trim().refine(isDistrictUrl, formRule('districtUrl'));

/** The district server a kiosk links to, as the manager sees and the audit log keeps it: never the secret. */
export const districtSettingSchema = z
  .object({
    serverUrl: districtUrlSchema,
    /** Where residents open status pages (the QR on a paper ticket), if not the server's own address. */
    publicUrl: districtUrlSchema.nullable(),
    /** From `register-kiosk`; the token is `<kioskId>.<secret>`, so the id has no dot. */
    kioskId: z.string().trim().refine((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id), formRule('kioskId')),
  })
  .strict();
export type DistrictSetting = z.infer<typeof districtSettingSchema>;

/** The kiosk secret as `register-kiosk` prints it: printable ASCII without spaces. */
export const kioskSecretSchema = z.string().refine((secret) => /^[\x21-\x7E]{1,256}$/.test(secret), formRule('kioskSecret'));
