import { describe, expect, it } from 'vitest';
import { maskPhone, redactPhoneNumbers } from './phoneNumbers';
import { phoneOf } from '../testSupport/testPhones';

describe('phone numbers', () => {
  it('are masked to their first three and last four digits', () => {
    expect(maskPhone(phoneOf('010', '1234', '5678'))).toBe('010-****-5678');
    expect(maskPhone(phoneOf('011', '123', '4567'))).toBe('011-***-4567');
  });

  it('are masked wherever they appear in a text, written either way', () => {
    expect(redactPhoneNumbers('to 01012345678 and 010-9876-5432, not 12345')).toBe('to 010-****-5678 and 010-****-5432, not 12345');
  });
});
