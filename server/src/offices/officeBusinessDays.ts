import { businessDayOf } from '../../../shared/businessDay';
import type { DistrictTransaction } from '../store/districtStore';

export interface OfficeBusinessDays {
  /** The office's current business day: by the start hour its kiosks sent, else SUNBEON_DAY_CLOSE_HOUR's. */
  dayOf(officeId: string): string;
  /** The days the offices are on, oldest first (SUNBEON_DAY_CLOSE_HOUR's alone while no kiosk is registered). */
  days: readonly string[];
  /** SUNBEON_DAY_CLOSE_HOUR's day: an office no kiosk has told its hour is on it. */
  byDefault: string;
  /** Every office with a kiosk, by id: its current business day. */
  offices: ReadonlyMap<string, string>;
}

/** Each office's current business day at `nowMs`: between two offices' start hours they differ. */
export async function officeBusinessDays(tx: Pick<DistrictTransaction, 'officeDayStartHours'>, nowMs: number, defaultHour: number): Promise<OfficeBusinessDays> {
  const byDefault = businessDayOf(nowMs, defaultHour);
  const hours = await tx.officeDayStartHours();
  const offices = new Map([...hours].map(([officeId, hour]) => [officeId, hour === null ? byDefault : businessDayOf(nowMs, hour)]));
  const days = [...new Set(offices.size > 0 ? offices.values() : [byDefault])].sort();
  return { dayOf: (officeId) => offices.get(officeId) ?? byDefault, days, byDefault, offices };
}
