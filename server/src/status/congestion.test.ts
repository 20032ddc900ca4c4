import { describe, expect, it } from 'vitest';
import { congestionOf } from './congestion';

const upTo = (maxMinutes: number) => ({ kind: 'range' as const, minMinutes: 0, maxMinutes });

describe('congestionOf', () => {
  it.each([
    [0, '한산'],
    [9, '한산'],
    [10, '보통'],
    [29, '보통'],
    [30, '혼잡'],
    [59, '혼잡'],
    [60, '매우 혼잡'],
    [240, '매우 혼잡'],
  ] as const)('calls an upper bound of %d minutes %s', (maxMinutes, level) => {
    expect(congestionOf(upTo(maxMinutes), 5)).toBe(level);
  });

  it('without an estimate, calls an empty line quiet and gives a waiting one no level', () => {
    expect(congestionOf({ kind: 'unknown' }, 0)).toBe('한산');
    expect(congestionOf({ kind: 'unknown' }, 4)).toBeNull();
  });
});
