/** Korean mobile numbers as the kiosk sends them (010 and eight digits) or as people write them (010-####-####). */
const phoneLike = /01[016789]-?\d{3,4}-?\d{4}/g;

/** 010-****-5678, from a number written in any of its forms: what a person or a log may see of it. */
export function maskPhoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${digits.slice(0, 3)}-${'*'.repeat(Math.max(0, digits.length - 7))}-${digits.slice(-4)}`;
}

/** Masks every number in a text: the last guard before a line reaches a log or an error column. */
export function redactPhoneNumbers(text: string): string {
  return text.replace(phoneLike, (found) => maskPhoneDigits(found));
}
