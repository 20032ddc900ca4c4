import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY_BYTES = 32;

/** One master key, a separate derived key per use: the cipher key never doubles as a MAC key. */
export interface ServerKeys {
  contactKey: Buffer;
  fingerprintKey: Buffer;
  /** Stored in the database on first use, to refuse a server started with another key. */
  keyCheck: string;
}

export function deriveServerKeys(master: Buffer): ServerKeys {
  if (master.length !== KEY_BYTES) throw new Error(`The server key must be ${KEY_BYTES} bytes`);
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `sunbeon ${purpose}`, KEY_BYTES));
  return {
    contactKey: derive('contact encryption'),
    fingerprintKey: derive('event fingerprint'),
    keyCheck: createHmac('sha256', derive('key check')).update('sunbeon').digest('hex').slice(0, 16),
  };
}

/** SUNBEON_SERVER_KEY: 32 bytes as 64 hex digits or as base64. */
export function parseServerKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) throw new Error('SUNBEON_SERVER_KEY must be 32 bytes, written as 64 hex digits or as base64');
  return key;
}

/**
 * The demo's key, kept in a file beside the database so that a restart can still read the
 * contacts and recognise repeated events. A key stored next to the data protects nothing: production
 * sets SUNBEON_SERVER_KEY from a secret store instead.
 */
export function loadOrCreateDevKey(file: string): { key: Buffer; created: boolean } {
  if (existsSync(file)) return { key: parseServerKey(readFileSync(file, 'utf8')), created: false };
  const key = randomBytes(KEY_BYTES);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}
