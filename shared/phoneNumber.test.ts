import { describe, expect, it } from 'vitest';
import { formatAsTyped, maskPhone, normalizePhone, type PhoneProblem } from './phoneNumber';

// Numbers are assembled from parts so that no phone number is ever written out in a committed file.
const A = '1234';
const B = '5678';
const SHORT = '123';
const MOBILE = `010${A}${B}`;
const LEGACY_SHORT = `011${SHORT}${B}`;
const LEGACY_LONG = `019${A}${B}`;
const fullWidth = (text: string) => text.replace(/[-0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normalizePhone accepts what people type', () => {
  it.each([
    { how: 'bare digits', input: MOBILE, phone: MOBILE },
    { how: 'hyphens', input: `010-${A}-${B}`, phone: MOBILE },
    { how: 'spaces', input: `010 ${A} ${B}`, phone: MOBILE },
    { how: 'dots', input: `010.${A}.${B}`, phone: MOBILE },
    { how: 'surrounding spaces and tabs', input: `  010-${A}-${B}\t `, phone: MOBILE },
    { how: 'parenthesised prefix', input: `(010) ${A}-${B}`, phone: MOBILE },
    { how: 'a pasted en dash', input: `010\u2013${A}\u2013${B}`, phone: MOBILE },
    { how: '+82 and the national number without 0', input: `+82 10-${A}-${B}`, phone: MOBILE },
    { how: '+82 glued on', input: `+8210${A}${B}`, phone: MOBILE },
    { how: '82 without the plus', input: `82-10-${A}-${B}`, phone: MOBILE },
    { how: '+82 with the 0 kept', input: `+82 010 ${A} ${B}`, phone: MOBILE },
    { how: '+82 (0)10', input: `+82 (0)10 ${A} ${B}`, phone: MOBILE },
    { how: 'full-width digits and hyphens', input: fullWidth(`010-${A}-${B}`), phone: MOBILE },
    { how: 'full-width +82 and an ideographic space', input: `${fullWidth('+82')}\u3000${fullWidth(`10${A}${B}`)}`, phone: MOBILE },
    { how: 'legacy 011 with 7 digits', input: `011-${SHORT}-${B}`, phone: LEGACY_SHORT },
    { how: 'legacy 019 with 8 digits', input: `019-${A}-${B}`, phone: LEGACY_LONG },
    { how: 'legacy 016 via +82', input: `+82 16 ${SHORT} ${B}`, phone: `016${SHORT}${B}` },
    { how: 'legacy 017', input: `017${SHORT}${B}`, phone: `017${SHORT}${B}` },
    { how: 'legacy 018', input: `018${A}${B}`, phone: `018${A}${B}` },
  ])('$how', ({ input, phone }) => {
    expect(normalizePhone(input)).toEqual({ ok: true, phone });
  });
});

describe('normalizePhone rejects with a reason the screen can word', () => {
  it.each<{ how: string; input: string; reason: PhoneProblem }>([
    { how: 'nothing typed', input: '', reason: 'too-short' },
    { how: 'only spaces', input: '   ', reason: 'too-short' },
    { how: 'a started prefix', input: '01', reason: 'too-short' },
    { how: 'the prefix alone', input: '010', reason: 'too-short' },
    { how: '010 with 7 digits', input: `010-${SHORT}-${B}`, reason: 'too-short' },
    { how: 'legacy with 6 digits', input: `011-${SHORT}-567`, reason: 'too-short' },
    { how: '010 with 9 digits', input: `010-${A}-${B}9`, reason: 'too-long' },
    { how: 'legacy with 9 digits', input: `011-${A}-${B}9`, reason: 'too-long' },
    { how: '+82 with too many digits', input: `+82 10 ${A} ${B} 0`, reason: 'too-long' },
    { how: 'a Seoul landline', input: `02-${SHORT}-${B}`, reason: 'not-mobile' },
    { how: 'a regional landline', input: `031-${SHORT}-${B}`, reason: 'not-mobile' },
    { how: 'an internet phone (070)', input: `070-${A}-${B}`, reason: 'not-mobile' },
    { how: 'a representative number (1588)', input: `1588-${A}`, reason: 'not-mobile' },
    { how: 'a missing leading 0', input: `10-${A}-${B}`, reason: 'not-mobile' },
    { how: 'an unassigned 01x prefix', input: `013-${A}-${B}`, reason: 'not-mobile' },
    { how: 'another country', input: `+1 212 ${SHORT} ${B}`, reason: 'not-mobile' },
    { how: '+82 landline', input: `+82 2 ${SHORT} ${B}`, reason: 'not-mobile' },
    { how: 'letters', input: `010-${A}-abcd`, reason: 'invalid-characters' },
    { how: 'a plus in the middle', input: `010+${A}${B}`, reason: 'invalid-characters' },
    { how: 'a slash', input: `010/${A}/${B}`, reason: 'invalid-characters' },
    { how: 'an extension', input: `010-${A}-${B} ext. 1`, reason: 'invalid-characters' },
    { how: 'Hangul', input: `공일공-${A}-${B}`, reason: 'invalid-characters' },
  ])('$how', ({ input, reason }) => {
    expect(normalizePhone(input)).toEqual({ ok: false, reason });
  });
});

describe('formatAsTyped', () => {
  it('groups 010 numbers 3-4-4 as each digit arrives', () => {
    const typed = Array.from(MOBILE, (_, i) => formatAsTyped(MOBILE.slice(0, i + 1)));
    expect(typed).toEqual([
      '0',
      '01',
      '010',
      '010-1',
      '010-12',
      '010-123',
      `010-${A}`,
      `010-${A}-5`,
      `010-${A}-56`,
      `010-${A}-567`,
      `010-${A}-${B}`,
    ]);
  });

  it('groups a legacy number 3-3-4 until an eleventh digit makes it 3-4-4', () => {
    expect(formatAsTyped(`011${SHORT}`)).toBe(`011-${SHORT}`);
    expect(formatAsTyped(`011${SHORT}5`)).toBe(`011-${SHORT}-5`);
    expect(formatAsTyped(LEGACY_SHORT)).toBe(`011-${SHORT}-${B}`);
    expect(formatAsTyped(LEGACY_LONG)).toBe(`019-${A}-${B}`);
  });

  it('takes what the field holds, hyphens and full-width digits included', () => {
    expect(formatAsTyped(`010-${A}-56`)).toBe(`010-${A}-56`);
    expect(formatAsTyped(fullWidth(`010${A}`))).toBe(`010-${A}`);
    expect(formatAsTyped('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('shows only the prefix and the last four digits', () => {
    expect(maskPhone(MOBILE)).toBe(`010-****-${B}`);
    expect(maskPhone(LEGACY_SHORT)).toBe(`011-***-${B}`);
    expect(maskPhone(LEGACY_LONG)).toBe(`019-****-${B}`);
  });

  it('refuses a number that is not normalized, without repeating it', () => {
    for (const input of [`010-${A}-${B}`, `02${SHORT}${B}`]) {
      expect(() => maskPhone(input)).toThrow(/^maskPhone needs a normalized mobile number$/);
    }
  });
});
