import { describe, expect, it } from 'vitest';
import { newKioskCredentials, parseKioskBearer, secretHash, secretMatches } from './kioskCredentials';

describe('kiosk credentials', () => {
  it('make a token that parses back into its kiosk id and secret', () => {
    const { kioskId, secret, token } = newKioskCredentials();
    expect(parseKioskBearer(`Bearer ${token}`)).toEqual({ kioskId, secret });
    expect(secretMatches(secret, secretHash(secret))).toBe(true);
    expect(secretMatches(`${secret.slice(1)}x`, secretHash(secret))).toBe(false);
  });

  it.each([undefined, '', 'Bearer', 'Basic abc', 'Bearer not-a-token', `Bearer ${'a'.repeat(36)}.short`])('refuses %j as a bearer token', (header) => {
    expect(parseKioskBearer(header)).toBeNull();
  });
});
