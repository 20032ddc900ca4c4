import { describe, expect, it } from 'vitest';
import { pinProblem } from './staff';

describe('pinProblem', () => {
  it('refuses short, long, non-digit and trivial PINs', () => {
    expect(pinProblem('12345')).toBe('too-short');
    expect(pinProblem('1234567890123')).toBe('too-long');
    expect(pinProblem('12a456')).toBe('not-digits');
    for (const trivial of ['000000', '123456', '987654', '4567890', '999999999']) expect(pinProblem(trivial)).toBe('trivial');
  });

  it('accepts a PIN with no simple pattern', () => {
    for (const pin of ['246813', '135792', '112233', '80516247']) expect(pinProblem(pin)).toBeNull();
  });
});
