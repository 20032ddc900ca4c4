import { describe, expect, it } from 'vitest';
import { phoneOf } from './testSupport/testPhones';
import { maskPhoneDigits, redactPhoneNumbers } from './phoneMasking';

describe('phone numbers', () => {
  it('are masked to their first three and last four digits', () => {
    expect(maskPhoneDigits(phoneOf('010', '1234', '5678'))).toBe('010-****-5678');
    expect(maskPhoneDigits(phoneOf('011', '123', '4567'))).toBe('011-***-4567');
  });

  it('are masked wherever they appear in a text, written either way', () => {
    expect(redactPhoneNumbers(`to ${phoneOf('010', '1234', '5678')} and ${phoneOf('010-', '9876-', '5432')}, not 12345`)).toBe('to 010-****-5678 and 010-****-5432, not 12345');
  });
});
