import { describe, expect, it } from 'vitest';
import type { OfficeSnapshot } from '../store/districtStore';
import { estimateForPlace, estimateForTicket } from './placeEstimate';

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

  it('keeps the reason a line has no estimate: no desk serves it for the rest of the day', () => {
    expect(estimateForPlace({ waiting: 3, estimate: { kind: 'unknown', reason: 'no-counter-today' } }, 1)).toEqual({ kind: 'unknown', reason: 'no-counter-today' });
  });
});

describe('estimateForTicket', () => {
  const mine = { ticketId: '3f1c2a4e-8b7d-4c6e-9a5b-1d2e3f4a5b6c', serviceId: 'passport', businessDay: '2025-03-12' };
  const snapshot = (extra: Partial<OfficeSnapshot> = {}): OfficeSnapshot => ({
    businessDay: '2025-03-12',
    officeName: { ko: '민원실', en: 'Office' },
    services: [{ id: 'passport', name: { ko: '여권', en: 'Passport' }, ...line(9, 40, 80) }],
    openCounters: { passport: 1 },
    ...extra,
  });

  it('tells a ticket the kiosk forecast for it, the same figure as its paper and its messages', () => {
    const forecasts: OfficeSnapshot['forecasts'] = [['0b7e9d2c-1a3f-4e5d-8c6b-7a9f0e1d2c3b', 0, 5], [mine.ticketId, 25, 40]];
    expect(estimateForTicket(snapshot({ forecasts }), mine, 4)).toEqual({ kind: 'range', minMinutes: 25, maxMinutes: 40 });
  });

  it('scales the line’s estimate for a ticket the snapshot does not forecast, and knows nothing from another day', () => {
    expect(estimateForTicket(snapshot({ forecasts: [] }), mine, 4)).toEqual(estimateForPlace(line(9, 40, 80), 4));
    expect(estimateForTicket(snapshot(), mine, 4)).toEqual(estimateForPlace(line(9, 40, 80), 4));
    expect(estimateForTicket(snapshot({ businessDay: '2025-03-11', forecasts: [[mine.ticketId, 25, 40]] }), mine, 4)).toEqual({ kind: 'unknown' });
    expect(estimateForTicket(undefined, mine, 4)).toEqual({ kind: 'unknown' });
  });
});
