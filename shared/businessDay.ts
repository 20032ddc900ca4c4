/**
 * Korea has kept UTC+9 without daylight saving since 1988, so Asia/Seoul is a fixed offset:
 * computing it by hand keeps this module free of Intl time-zone data differences between
 * Node, Chromium and Electron.
 */
export const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The business day (YYYY-MM-DD) an instant belongs to when the office day starts at `startHour` Seoul time. */
export function businessDayOf(instantMs: number, startHour: number): string {
  const shifted = new Date(instantMs + SEOUL_OFFSET_MS - startHour * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/** The instant a business day (YYYY-MM-DD) starts. */
export function businessDayStartMs(businessDay: string, startHour: number): number {
  return Date.parse(`${businessDay}T00:00:00Z`) - SEOUL_OFFSET_MS + startHour * 60 * 60 * 1000;
}

/** The business day `days` before (negative: after) the given one. */
export function businessDayBefore(businessDay: string, days: number): string {
  return new Date(Date.parse(`${businessDay}T00:00:00Z`) - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Seoul wall-clock parts of an instant, for printing and display. */
export function seoulDateTimeParts(instantMs: number): { date: string; time: string } {
  const iso = new Date(instantMs + SEOUL_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
