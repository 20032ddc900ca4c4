import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../nodeShared/logger';
import { useTempDirs } from '../testSupport/tempDir';
import { fileKeyProvider, VAULT_KEY_FILE, type KeyProtection } from './fileKeyProvider';
import { insecureDemoKeyProvider, staticKeyProvider } from './keyProviders';
import { createPhoneVault } from './phoneVault';
import { testPhone } from './testSupport/mobileTestDatabase';

const tempDir = useTempDirs();

/** Stands in for safeStorage: a reversible transformation that is visibly not the raw key. */
const xorProtection = (mask: number): KeyProtection => {
  const flip = (data: Buffer) => Buffer.from(data.map((byte) => byte ^ mask));
  return { encrypt: (plain) => Buffer.concat([Buffer.from('sealed:'), flip(plain)]), decrypt: (sealed) => flip(sealed.subarray(7)) };
};

describe('fileKeyProvider', () => {
  it('creates a random key once, stores it only sealed, and loads the same key after a restart', () => {
    const dir = tempDir();
    const key = fileKeyProvider(dir, xorProtection(0x5a)).getKey();
    expect(key.length).toBe(32);
    const stored = readFileSync(join(dir, VAULT_KEY_FILE));
    expect(stored.subarray(0, 7).toString()).toBe('sealed:');
    expect(stored.includes(key)).toBe(false);
    expect(existsSync(join(dir, `${VAULT_KEY_FILE}.tmp`))).toBe(false);

    const reloaded = fileKeyProvider(dir, xorProtection(0x5a)).getKey();
    expect(reloaded.equals(key)).toBe(true);
    expect(fileKeyProvider(tempDir(), xorProtection(0x5a)).getKey().equals(key)).toBe(false);
  });

  it('lets a vault read after a restart what it encrypted before', () => {
    const dir = tempDir();
    const sealed = createPhoneVault(fileKeyProvider(dir, xorProtection(1))).encrypt(testPhone());
    expect(createPhoneVault(fileKeyProvider(dir, xorProtection(1))).decrypt(sealed)).toBe(testPhone());
  });

  it('says clearly when the key file cannot be unsealed or is not a key', () => {
    const dir = tempDir();
    fileKeyProvider(dir, xorProtection(1)).getKey();
    const refusing: KeyProtection = {
      encrypt: () => Buffer.alloc(0),
      decrypt: () => {
        throw new Error('keychain locked');
      },
    };
    expect(() => fileKeyProvider(dir, refusing).getKey()).toThrow(/cannot be unsealed by this machine account/);

    writeFileSync(join(dir, VAULT_KEY_FILE), Buffer.from('sealed:short'));
    expect(() => fileKeyProvider(dir, xorProtection(1)).getKey()).toThrow(/must be 32 bytes/);
  });
});

describe('in-memory key providers', () => {
  it('accept only 32-byte keys', () => {
    expect(() => staticKeyProvider(Buffer.alloc(16))).toThrow(/must be 32 bytes/);
    expect(staticKeyProvider(Buffer.alloc(32, 1)).getKey().length).toBe(32);
  });

  it('warns once that the demo key protects nothing', () => {
    const warnings: string[] = [];
    const log: Logger = { debug: () => undefined, info: () => {}, warn: (m) => warnings.push(m), error: () => {} };
    const demo = insecureDemoKeyProvider(log);
    expect(warnings).toEqual([]);
    const vault = createPhoneVault(demo);
    vault.decrypt(vault.encrypt(testPhone()));
    demo.getKey();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/demo key/);
  });
});
