/**
 * Where the kiosk's screen hangs, set once by staff: low-position mode keeps every control within
 * a wheelchair user's reach (NIA kiosk guideline: ≤ 1,200 mm; EN 301 549 §8.3: ≤ 1,220 mm).
 * Without zod, for the resident's first screen; the schema staff settings pass is in office.ts.
 */
export interface KioskMount {
  /** The panel's diagonal; its aspect is 16:9. */
  panelDiagonalInches: number;
  /** Height of the lower edge of the picture above the floor, as mounted (portrait or landscape). */
  panelBottomMm: number;
}

export const defaultKioskMount: KioskMount = { panelDiagonalInches: 32, panelBottomMm: 700 };

/** The highest a control may sit above the floor. */
export const MAX_REACH_MM = 1200;

const MM_PER_INCH = 25.4;

/** The picture's height in millimetres: its long side standing in portrait, its short side in landscape. */
export function panelHeightMm(mount: KioskMount, orientation: 'portrait' | 'landscape'): number {
  const diagonalMm = mount.panelDiagonalInches * MM_PER_INCH;
  const side = orientation === 'portrait' ? 16 : 9;
  return (diagonalMm * side) / Math.hypot(16, 9);
}

/** The lower share of the screen's height (0–1) that lies within reach; 1 when the whole screen does. */
export function reachableShare(mount: KioskMount, orientation: 'portrait' | 'landscape'): number {
  const share = (MAX_REACH_MM - mount.panelBottomMm) / panelHeightMm(mount, orientation);
  return Math.min(1, Math.max(0, share));
}

/** How high above the floor a point `fromTop` of the way down the screen (0 top, 1 bottom) sits. */
export function heightAboveFloorMm(mount: KioskMount, orientation: 'portrait' | 'landscape', fromTop: number): number {
  return mount.panelBottomMm + (1 - fromTop) * panelHeightMm(mount, orientation);
}
