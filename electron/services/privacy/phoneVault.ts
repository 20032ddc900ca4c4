import { createHmac } from 'node:crypto';
import { normalizePhone } from '../../../shared/phoneNumber';
import type { KeyProvider } from './keyProviders';
import { derivedKey, openSealedText, sealText } from './sealedText';

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

interface DerivedKeys {
  encryption: Buffer;
  lookup: Buffer;
}

/** Separate keys for encryption and lookup hashes, so neither use weakens the other. */
function deriveKeys(master: Buffer): DerivedKeys {
  const derive = (purpose: string) => derivedKey(master, `sunbeon phone vault ${purpose} v1`);
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
      return sealText(key().encryption, phone);
    },
    decrypt(sealed) {
      const phone = openSealedText(key().encryption, sealed);
      if (phone === null) throw new PhoneVaultError('The phone number cannot be decrypted: wrong key, damaged data or an unknown format');
      return phone;
    },
    lookupHash(phone, scope) {
      requireNormalized(phone);
      return createHmac('sha256', key().lookup).update(JSON.stringify([scope, phone])).digest('hex');
    },
  };
}
