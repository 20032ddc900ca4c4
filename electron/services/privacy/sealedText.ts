import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { checkedVaultKey } from './keyProviders';

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** A key of its own for one purpose, derived from the kiosk's keystore key, so no two uses weaken each other. */
export function derivedKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', checkedVaultKey(master), Buffer.alloc(0), purpose, 32));
}

/** AES-256-GCM: [version][12-byte IV][16-byte GCM tag][ciphertext]. */
export function sealText(key: Buffer, text: string): Buffer {
  const header = Buffer.of(FORMAT_VERSION);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

/** The text sealed under `key`; null for another key, a changed byte or an unknown format (never a message with the ciphertext in it). */
export function openSealedText(key: Buffer, sealed: Buffer): string | null {
  if (sealed.length <= HEADER_BYTES || sealed[0] !== FORMAT_VERSION) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 1 + IV_BYTES));
  decipher.setAAD(sealed.subarray(0, 1));
  decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, HEADER_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
