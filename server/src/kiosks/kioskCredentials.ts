import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A kiosk authenticates with `Bearer <kioskId>.<secret>`. The secret is 32 random bytes, so a fast
 * hash suffices: nobody can guess their way to it, and a slow password hash (scrypt) would only
 * spend the server's two cores on every batch. The database keeps only the hash, so a copy of it
 * lets nobody send events.
 */
export interface KioskCredentials {
  kioskId: string;
  secret: string;
  token: string;
}

export function newKioskSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newKioskCredentials(): KioskCredentials {
  const kioskId = randomUUID();
  const secret = newKioskSecret();
  return { kioskId, secret, token: `${kioskId}.${secret}` };
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(secretHash(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The two parts of an Authorization header's bearer token, or null when it is not one of ours. */
export function parseKioskBearer(header: string | undefined): { kioskId: string; secret: string } | null {
  const match = /^Bearer ([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(header ?? '');
  return match ? { kioskId: match[1], secret: match[2] } : null;
}
