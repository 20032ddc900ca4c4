import { describe, expect, it } from 'vitest';
import { decodeKsx1001Pair, encodeKsx1001 } from './ksx1001';

describe('encodeKsx1001', () => {
  it('encodes ASCII as single bytes and KS X 1001 Hangul and symbols as A1–FE pairs', () => {
    expect([...(encodeKsx1001('A1 등·초') ?? [])]).toEqual([0x41, 0x31, 0x20, 0xb5, 0xee, 0xa1, 0xa4, 0xc3, 0xca]);
  });

  it.each([
    ['똠', 'a CP949 extension syllable'],
    ['뷁', 'a CP949 extension syllable'],
    ['😀', 'an emoji'],
    ['é', 'an accented letter'],
    ['\\', 'a backslash, printed as ₩ under the Korean character set'],
    ['\u001b', 'a control character'],
  ])('refuses text containing %s (%s)', (char) => {
    expect(encodeKsx1001(`민원 ${char}`)).toBeNull();
  });

  it('decodes only KS X 1001 pairs back', () => {
    expect(decodeKsx1001Pair(0xc1, 0xd6)).toBe('주');
    expect(decodeKsx1001Pair(0x8c, 0x63)).toBeUndefined();
  });
});
