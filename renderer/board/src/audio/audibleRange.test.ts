import { describe, expect, it } from 'vitest';
import { audibleRange } from './audibleRange';

describe('audibleRange', () => {
  it('cuts the silence around a word, keeping a little margin', () => {
    const samples = new Float32Array(1000);
    samples.fill(0.5, 400, 600);
    const { offset, duration } = audibleRange(samples, 1000);
    expect(offset).toBeCloseTo(0.385);
    expect(duration).toBeCloseTo(0.23);
  });

  it('does not run past the ends of the recording', () => {
    const samples = new Float32Array(100).fill(-0.4);
    expect(audibleRange(samples, 1000)).toEqual({ offset: 0, duration: 0.1 });
  });

  it('plays nothing of a silent recording', () => {
    expect(audibleRange(new Float32Array(100), 1000)).toEqual({ offset: 0, duration: 0 });
  });
});
