import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Phone numbers at rest: AES-256-GCM, bound to their ticket so a sealed number cannot be moved to another row. */
export interface ContactCipher {
  seal(phone: string, ticketId: string): Buffer;
  open(sealed: Buffer, ticketId: string): string;
}

export function createContactCipher(key: Buffer): ContactCipher {
  return {
    seal(phone, ticketId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(ticketId));
      const encrypted = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), encrypted]);
    },
    open(sealed, ticketId) {
      if (sealed[0] !== FORMAT_VERSION) throw new Error('Unknown sealed contact format');
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(ticketId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
