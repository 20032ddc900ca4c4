import { createHmac } from 'node:crypto';
import type { KioskEvent } from '../../../shared/district/api';

/** JSON with object keys sorted at every depth: the same event always gives the same text, whatever order its keys came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Keyed (HMAC-SHA-256), because an issued event carries a phone number: a plain hash of it could
 * be reversed by trying all hundred million mobile numbers against the rest of the stored event.
 */
export function createEventFingerprinter(key: Buffer): (event: KioskEvent) => string {
  return (event) => createHmac('sha256', key).update(canonicalJson(event)).digest('hex');
}
