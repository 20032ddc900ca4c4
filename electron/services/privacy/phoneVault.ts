import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { normalizePhone } from '../../../shared/phoneNumber';
import { checkedVaultKey, type KeyProvider } from './keyProviders';

/** Encrypts phone numbers at rest and finds them again without decrypting. */
export interface PhoneVault {
  /** [version][12-byte IV][16-byte GCM tag][ciphertext]. */
  encrypt(phone: string): Buffer;
  decrypt(sealed: Buffer): string;
  /** HMAC-SHA256 (hex) of the number within a scope: equal numbers match only within the same scope. */
  lookupHash(phone: string, scope: string): string;
}

/** Its messages never contain the number or the ciphertext. */
export class PhoneVaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhoneVaultError';
  }
}

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

interface DerivedKeys {
  encryption: Buffer;
  lookup: Buffer;
}

/** Separate keys for encryption and lookup hashes, so neither use weakens the other. */
function deriveKeys(master: Buffer): DerivedKeys {
  const secret = checkedVaultKey(master);
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `sunbeon phone vault ${purpose} v1`, 32));
  return { encryption: derive('encryption'), lookup: derive('lookup') };
}

function requireNormalized(phone: string): void {
  const parsed = normalizePhone(phone);
  if (!parsed.ok || parsed.phone !== phone) throw new PhoneVaultError('Only a normalized mobile number can be stored');
}

export function createPhoneVault(keys: KeyProvider): PhoneVault {
  let derived: DerivedKeys | undefined;
  const key = () => (derived ??= deriveKeys(keys.getKey()));
  return {
    encrypt(phone) {
      requireNormalized(phone);
      const header = Buffer.of(FORMAT_VERSION);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key().encryption, iv);
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
      return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed.length <= HEADER_BYTES || sealed[0] !== FORMAT_VERSION) throw new PhoneVaultError('Not a phone vault ciphertext of a known version');
      const decipher = createDecipheriv('aes-256-gcm', key().encryption, sealed.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(sealed.subarray(0, 1));
      decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, HEADER_BYTES));
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new PhoneVaultError('The phone number cannot be decrypted: wrong key or damaged data');
      }
    },
    lookupHash(phone, scope) {
      requireNormalized(phone);
      return createHmac('sha256', key().lookup).update(JSON.stringify([scope, phone])).digest('hex');
    },
  };
}
