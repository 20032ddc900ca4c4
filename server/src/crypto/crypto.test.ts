import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContactCipher } from './contactCipher';
import { deriveServerKeys, loadOrCreateDevKey, parseServerKey } from './serverKey';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

describe('parseServerKey', () => {
  it('takes 32 bytes as hex or base64 and refuses anything else', () => {
    const key = Buffer.alloc(32, 0xab);
    expect(parseServerKey(key.toString('hex'))).toEqual(key);
    expect(parseServerKey(key.toString('base64'))).toEqual(key);
    expect(() => parseServerKey('abcd')).toThrow(/32 bytes/);
    expect(() => parseServerKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('deriveServerKeys', () => {
  it('derives distinct keys per purpose, stable for a master key', () => {
    const a = deriveServerKeys(Buffer.alloc(32, 1));
    expect(a.contactKey.equals(a.fingerprintKey)).toBe(false);
    expect(deriveServerKeys(Buffer.alloc(32, 1))).toEqual(a);
    expect(deriveServerKeys(Buffer.alloc(32, 2)).keyCheck).not.toBe(a.keyCheck);
  });
});

describe('contact cipher', () => {
  const cipher = createContactCipher(deriveServerKeys(Buffer.alloc(32, 1)).contactKey);

  it('round-trips a number, with a fresh IV each time', () => {
    const one = cipher.seal(phoneOf('010', '1234', '5678'), 'ticket-1');
    expect(cipher.open(one, 'ticket-1')).toBe(phoneOf('010', '1234', '5678'));
    expect(cipher.seal(phoneOf('010', '1234', '5678'), 'ticket-1').equals(one)).toBe(false);
    expect(one.includes(phoneOf('010', '1234', '5678'))).toBe(false);
  });

  it('refuses a sealed number moved to another ticket, tampered with, or opened with another key', () => {
    const sealed = cipher.seal(phoneOf('010', '1234', '5678'), 'ticket-1');
    expect(() => cipher.open(sealed, 'ticket-2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.open(tampered, 'ticket-1')).toThrow();
    expect(() => createContactCipher(Buffer.alloc(32, 9)).open(sealed, 'ticket-1')).toThrow();
  });
});

describe('loadOrCreateDevKey', () => {
  it('creates a key file readable by its owner only, and reads the same key back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunbeon-key-'));
    try {
      const file = join(dir, 'nested', 'district.sqlite.dev-key');
      const created = loadOrCreateDevKey(file);
      expect(created.created).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadOrCreateDevKey(file)).toEqual({ key: created.key, created: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
