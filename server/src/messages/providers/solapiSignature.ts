import { createHmac, randomBytes } from 'node:crypto';

/**
 * Solapi's API-key authentication: HMAC-SHA256 over date + salt with the API secret, hex encoded.
 * Solapi refuses a date far from its own clock and a salt it has seen, so each request gets fresh ones.
 */
export function solapiSignature(apiSecret: string, date: string, salt: string): string {
  return createHmac('sha256', apiSecret).update(date + salt).digest('hex');
}

/** `date`: any ISO-8601 time Solapi accepts (the official SDK writes it with an offset, we write UTC). */
export function solapiAuthorization(apiKey: string, apiSecret: string, date: string = new Date().toISOString(), salt: string = randomBytes(16).toString('hex')): string {
  return `HMAC-SHA256 apiKey=${apiKey}, date=${date}, salt=${salt}, signature=${solapiSignature(apiSecret, date, salt)}`;
}
