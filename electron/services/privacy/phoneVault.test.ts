import { describe, expect, it } from 'vitest';
import { PhoneVaultError } from './phoneVault';
import { testPhone, testVault } from './testSupport/mobileTestDatabase';

const phone = testPhone();

function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the action to throw');
}

describe('PhoneVault', () => {
  it('encrypts with a version byte and a fresh IV each time, and decrypts back', () => {
    const vault = testVault();
    const first = vault.encrypt(phone);
    const second = vault.encrypt(phone);
    expect(first[0]).toBe(1);
    expect(first.length).toBe(1 + 12 + 16 + phone.length);
    expect(first.equals(second)).toBe(false);
    expect(first.includes(phone)).toBe(false);
    expect(vault.decrypt(first)).toBe(phone);
    expect(vault.decrypt(second)).toBe(phone);
  });

  it('fails to decrypt under another key, with an error that carries no digits', () => {
    const error = thrownBy(() => testVault(8).decrypt(testVault(7).encrypt(phone)));
    expect(error).toBeInstanceOf(PhoneVaultError);
    expect(error.message).not.toMatch(/\d/);
  });

  it('refuses tampered, truncated and unknown-version data', () => {
    const vault = testVault();
    const sealed = vault.encrypt(phone);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    const otherVersion = Buffer.from(sealed);
    otherVersion[0] = 2;
    for (const bad of [tampered, sealed.subarray(0, 29), otherVersion]) {
      const error = thrownBy(() => vault.decrypt(bad));
      expect(error).toBeInstanceOf(PhoneVaultError);
      expect(error.message).not.toMatch(/\d/);
    }
  });

  it('hashes for lookup: stable within a scope, different across scopes and keys', () => {
    const vault = testVault();
    const hash = vault.lookupHash(phone, '2026-11-24/passport');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(vault.lookupHash(phone, '2026-11-24/passport')).toBe(hash);
    expect(vault.lookupHash(phone, '2026-11-25/passport')).not.toBe(hash);
    expect(vault.lookupHash(testPhone('5679'), '2026-11-24/passport')).not.toBe(hash);
    expect(testVault(8).lookupHash(phone, '2026-11-24/passport')).not.toBe(hash);
  });

  it('stores only normalized numbers and does not repeat the input when refusing', () => {
    const vault = testVault();
    const typed = `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
    for (const action of [() => vault.encrypt(typed), () => vault.lookupHash(typed, 'scope')]) {
      const error = thrownBy(action);
      expect(error).toBeInstanceOf(PhoneVaultError);
      expect(error.message).not.toMatch(/\d/);
    }
  });
});
