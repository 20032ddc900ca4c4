import { describe, expect, it } from 'vitest';
import { estimateForPlace } from './placeEstimate';

const line = (waiting: number, minMinutes: number, maxMinutes: number) => ({ waiting, estimate: { kind: 'range' as const, minMinutes, maxMinutes } });

describe('estimateForPlace', () => {
  it('scales the newcomer estimate to the ticket’s place, rounded outwards to 5 minutes', () => {
    expect(estimateForPlace(line(9, 40, 80), 9)).toEqual({ kind: 'range', minMinutes: 40, maxMinutes: 80 });
    expect(estimateForPlace(line(9, 40, 80), 4)).toEqual({ kind: 'range', minMinutes: 15, maxMinutes: 40 });
    expect(estimateForPlace(line(9, 40, 80), 0)).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 5 });
  });

  it('uses the whole estimate when the snapshot counts fewer waiting than are ahead', () => {
    expect(estimateForPlace(line(2, 10, 20), 6)).toEqual({ kind: 'range', minMinutes: 10, maxMinutes: 20 });
  });

  it('knows nothing without a snapshot or with an unknown estimate', () => {
    expect(estimateForPlace(undefined, 3)).toEqual({ kind: 'unknown' });
    expect(estimateForPlace({ waiting: 3, estimate: { kind: 'unknown' } }, 3)).toEqual({ kind: 'unknown' });
  });
});
