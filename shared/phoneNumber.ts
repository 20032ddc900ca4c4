/**
 * Korean mobile numbers as residents really type them. Pure: the renderer validates as they type,
 * the services validate again before anything is stored.
 */

/** Why a typed phone number is not a Korean mobile number, for the screen to word. */
export const phoneProblems = ['too-short', 'too-long', 'not-mobile', 'invalid-characters'] as const;
export type PhoneProblem = (typeof phoneProblems)[number];

export type PhoneParse = { ok: true; phone: string } | { ok: false; reason: PhoneProblem };

/** 010 numbers have an 8-digit subscriber part; the legacy prefixes were issued with 7 or 8. */
const SUBSCRIBER_DIGITS: Readonly<Record<string, { min: number; max: number }>> = {
  '010': { min: 8, max: 8 },
  '011': { min: 7, max: 8 },
  '016': { min: 7, max: 8 },
  '017': { min: 7, max: 8 },
  '018': { min: 7, max: 8 },
  '019': { min: 7, max: 8 },
};
const PREFIX_LENGTH = 3;
const COUNTRY_CODE = '82';

/** Full-width forms come from Korean IMEs; the dash family from pasted text. */
function toHalfWidth(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u3000/g, ' ');
}

const SEPARATORS = /[\s\-.()]/g;

export function normalizePhone(input: string): PhoneParse {
  const compact = toHalfWidth(input).replace(SEPARATORS, '');
  if (!/^\+?\d*$/.test(compact)) return { ok: false, reason: 'invalid-characters' };
  const national = toNational(compact);
  if (national === null) return { ok: false, reason: 'not-mobile' };

  const prefix = national.slice(0, PREFIX_LENGTH);
  const subscriber = SUBSCRIBER_DIGITS[prefix];
  if (!subscriber) {
    const couldStillBeMobile = national.length < PREFIX_LENGTH && Object.keys(SUBSCRIBER_DIGITS).some((p) => p.startsWith(national));
    return { ok: false, reason: couldStillBeMobile ? 'too-short' : 'not-mobile' };
  }
  const subscriberLength = national.length - PREFIX_LENGTH;
  if (subscriberLength < subscriber.min) return { ok: false, reason: 'too-short' };
  if (subscriberLength > subscriber.max) return { ok: false, reason: 'too-long' };
  return { ok: true, phone: national };
}

/** '+82 10…', '82-10…' and '+82 (0)10…' all mean 010…; any other country code is not a Korean mobile. */
function toNational(compact: string): string | null {
  const international = compact.startsWith('+');
  const digits = international ? compact.slice(1) : compact;
  if (!international && !digits.startsWith(COUNTRY_CODE)) return digits;
  if (!digits.startsWith(COUNTRY_CODE)) return null;
  const afterCountry = digits.slice(COUNTRY_CODE.length);
  return afterCountry.startsWith('0') ? afterCountry : `0${afterCountry}`;
}

/**
 * The number grouped while it is being typed: 010-####-#### fills in progressively. A legacy
 * prefix is grouped 3-3-4 until an eleventh digit shows it is 3-4-4.
 */
export function formatAsTyped(typed: string): string {
  const digits = toHalfWidth(typed).replace(/\D/g, '');
  const prefix = digits.slice(0, PREFIX_LENGTH);
  const legacyShort = prefix !== '010' && SUBSCRIBER_DIGITS[prefix] !== undefined && digits.length <= 10;
  const middleLength = legacyShort ? 3 : 4;
  return [prefix, digits.slice(PREFIX_LENGTH, PREFIX_LENGTH + middleLength), digits.slice(PREFIX_LENGTH + middleLength)]
    .filter((group) => group.length > 0)
    .join('-');
}

/** What screens and printouts show: 010-****-5678. */
export function maskPhone(normalized: string): string {
  const parsed = normalizePhone(normalized);
  // The message must not echo its input: a phone number never reaches a log or an error.
  if (!parsed.ok || parsed.phone !== normalized) throw new Error('maskPhone needs a normalized mobile number');
  const middleLength = normalized.length - PREFIX_LENGTH - 4;
  return `${normalized.slice(0, PREFIX_LENGTH)}-${'*'.repeat(middleLength)}-${normalized.slice(-4)}`;
}
