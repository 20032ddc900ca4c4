import { createHash } from 'node:crypto';
import type { Logger } from '../../../nodeShared/logger';

/** The phone vault's one secret: 32 random bytes from which its encryption and lookup keys are derived. */
export interface KeyProvider {
  getKey(): Buffer;
}

export const VAULT_KEY_BYTES = 32;

export function checkedVaultKey(key: Buffer): Buffer {
  if (key.length !== VAULT_KEY_BYTES) throw new Error(`The phone vault key must be ${VAULT_KEY_BYTES} bytes, not ${key.length}`);
  return key;
}

/** A key held in memory, for tests and for callers that manage the key themselves. */
export function staticKeyProvider(key: Buffer): KeyProvider {
  const copy = Buffer.from(checkedVaultKey(key));
  return { getKey: () => copy };
}

/**
 * A key everyone can read in this source file. Only for the browser bridge demo, which has no OS
 * keychain: numbers "encrypted" with it are protected from nobody.
 */
export function insecureDemoKeyProvider(log: Logger): KeyProvider {
  const key = createHash('sha256').update('sunbeon insecure demo key: browser bridge only').digest();
  let warned = false;
  return {
    getKey() {
      if (!warned) {
        warned = true;
        log.warn('Phone numbers are encrypted with the public demo key: never use the browser bridge with real residents');
      }
      return key;
    },
  };
}
