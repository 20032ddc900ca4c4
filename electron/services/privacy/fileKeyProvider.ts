import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { checkedVaultKey, VAULT_KEY_BYTES, type KeyProvider } from './keyProviders';

/**
 * Seals the key file with the operating system's keychain. In electron/main these wrap
 * safeStorage, which works on strings:
 *   encrypt: (key) => safeStorage.encryptString(key.toString('base64'))
 *   decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64')
 * (after app 'ready', and only if safeStorage.isEncryptionAvailable(); on Linux also refuse the
 * 'basic_text' backend, which is no protection).
 */
export interface KeyProtection {
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export const VAULT_KEY_FILE = 'phone-vault.key';

/**
 * The production key: generated randomly once, kept in the data folder only as sealed by
 * `protect`, so a copied database and key file are useless off this machine's account.
 * Losing the file loses only contacts not yet destroyed (at most a day's mobile tickets).
 */
export function fileKeyProvider(dataDir: string, protect: KeyProtection): KeyProvider {
  const file = join(dataDir, VAULT_KEY_FILE);
  let key: Buffer | undefined;
  return { getKey: () => (key ??= existsSync(file) ? loadKey(file, protect) : createKey(file, protect)) };
}

function loadKey(file: string, protect: KeyProtection): Buffer {
  let key: Buffer;
  try {
    key = protect.decrypt(readFileSync(file));
  } catch {
    throw new Error(`The phone vault key file ${file} cannot be unsealed by this machine account; remove it to start a new key (today's mobile contacts are then lost)`);
  }
  return checkedVaultKey(key);
}

/** Written beside the final name and renamed, so a power cut never leaves a half-written key file. */
function createKey(file: string, protect: KeyProtection): Buffer {
  const key = randomBytes(VAULT_KEY_BYTES);
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, protect.encrypt(key));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  return key;
}
