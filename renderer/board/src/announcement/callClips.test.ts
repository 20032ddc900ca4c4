import { describe, expect, it } from 'vitest';
import { callClips } from './callClips';

describe('callClips', () => {
  it('says "1023번 고객님, 3번 창구로 오십시오" with the recorded words', () => {
    expect(callClips({ displayNumber: '1023', counterNumber: 3 })).toEqual([
      'cheon',
      'i',
      'sip',
      'sam',
      'beon-gogaengnim',
      'sam',
      'beon-changguro-osipsio',
    ]);
  });

  it('reads two-digit counters as numbers', () => {
    expect(callClips({ displayNumber: '2001', counterNumber: 12 })).toEqual([
      'i',
      'cheon',
      'il',
      'beon-gogaengnim',
      'sip',
      'i',
      'beon-changguro-osipsio',
    ]);
  });

  it('reads a number with other characters digit by digit, skipping the rest', () => {
    expect(callClips({ displayNumber: 'A-102', counterNumber: 1 })).toEqual([
      'il',
      'yeong',
      'i',
      'beon-gogaengnim',
      'il',
      'beon-changguro-osipsio',
    ]);
  });
});
