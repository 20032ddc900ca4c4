import { describe, expect, it } from 'vitest';
import { clipTimeline } from './clipTimeline';

describe('clipTimeline', () => {
  it('puts clips back to back, with a breath after "번 고객님"', () => {
    const { timeline, endsAt } = clipTimeline(
      [
        { name: 'sam', duration: 0.3 },
        { name: 'beon-gogaengnim', duration: 0.6 },
        { name: 'il', duration: 0.2 },
        { name: 'beon-changguro-osipsio', duration: 1 },
      ],
      10,
    );
    expect(timeline.map((clip) => [clip.name, Number(clip.at.toFixed(3))])).toEqual([
      ['sam', 10],
      ['beon-gogaengnim', 10.32],
      ['il', 11.27],
      ['beon-changguro-osipsio', 11.49],
    ]);
    expect(endsAt).toBeCloseTo(12.49);
  });

  it('takes no time for no clips', () => {
    expect(clipTimeline([], 3)).toEqual({ timeline: [], endsAt: 3 });
  });
});
