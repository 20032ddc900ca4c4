import { describe, expect, it } from 'vitest';
import { sinoKoreanWords } from './koreanNumber';

const read = (n: number) => sinoKoreanWords(n).join('');

describe('sinoKoreanWords', () => {
  it('reads ticket numbers the sino-Korean way, without 일 before 십, 백 or 천', () => {
    expect(read(1023)).toBe('천이십삼');
    expect(read(1001)).toBe('천일');
    expect(read(1110)).toBe('천백십');
    expect(read(2999)).toBe('이천구백구십구');
    expect(read(10)).toBe('십');
    expect(read(11)).toBe('십일');
    expect(read(100)).toBe('백');
    expect(read(3)).toBe('삼');
  });

  it('reads the counter numbers and the ends of the number range', () => {
    expect(read(1)).toBe('일');
    expect(read(12)).toBe('십이');
    expect(read(999)).toBe('구백구십구');
    expect(read(0)).toBe('영');
  });

  it('groups by 만 as Korean does, with no 일 before a lone 만', () => {
    expect(read(10_000)).toBe('만');
    expect(read(10_023)).toBe('만이십삼');
    expect(read(21_005)).toBe('이만천오');
    expect(read(99_999)).toBe('구만구천구백구십구');
    expect(read(110_000)).toBe('십일만');
  });

  it('keeps every word a separate clip', () => {
    expect(sinoKoreanWords(1023)).toEqual(['천', '이', '십', '삼']);
  });

  it('falls back to digit by digit for what is not a plain number', () => {
    expect(read(123_456_789)).toBe('일이삼사오육칠팔구');
    expect(read(-5)).toBe('오');
  });
});
