import { createHash } from 'node:crypto';

/** Pairing codes and tokens are stored only as this hash: a copied database file grants no counter. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
