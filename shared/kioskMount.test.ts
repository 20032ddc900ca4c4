import { describe, expect, it } from 'vitest';
import { defaultKioskMount, heightAboveFloorMm, panelHeightMm, reachableShare } from './kioskMount';

describe('the kiosk mount', () => {
  it('knows a 32-inch 16:9 panel is about 708 mm tall in portrait and 398 mm in landscape', () => {
    expect(panelHeightMm(defaultKioskMount, 'portrait')).toBeCloseTo(708.4, 1);
    expect(panelHeightMm(defaultKioskMount, 'landscape')).toBeCloseTo(398.5, 1);
  });

  it('keeps the lower share of the screen that is within 1,200 mm', () => {
    // Lower edge at 700 mm: 500 of the 708 mm of a portrait panel are within reach.
    expect(reachableShare(defaultKioskMount, 'portrait')).toBeCloseTo(500 / 708.4, 3);
    expect(heightAboveFloorMm(defaultKioskMount, 'portrait', 1 - reachableShare(defaultKioskMount, 'portrait'))).toBeCloseTo(1200, 6);
    // A landscape panel at 700 mm tops out at 1,098 mm: all of it is within reach.
    expect(reachableShare(defaultKioskMount, 'landscape')).toBe(1);
    // Mounted so high that nothing is within reach: no share (staff must lower it).
    expect(reachableShare({ panelDiagonalInches: 32, panelBottomMm: 1300 }, 'portrait')).toBe(0);
  });
});
