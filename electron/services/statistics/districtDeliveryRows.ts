import { deliveryStates, type DayDeliveries, type DeliveryCounts } from '../../../shared/statistics';
import { perConnection } from '../database/perConnection';

interface DistrictDeliveryRow {
  business_day: string;
  requested: number;
  accepted: number;
  delivered: number;
  fell_back: number;
  failed: number;
  expired: number;
}

/** The `district_deliveries` table: the district server's latest count of the office's messages per business day. */
export const districtDeliveryRows = perConnection((db) => {
  const upsert = db.prepare<[string, number, number, number, number, number, number, string]>(
    `INSERT INTO district_deliveries (business_day, requested, accepted, delivered, fell_back, failed, expired, reported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (business_day) DO UPDATE SET requested = excluded.requested, accepted = excluded.accepted, delivered = excluded.delivered,
       fell_back = excluded.fell_back, failed = excluded.failed, expired = excluded.expired, reported_at = excluded.reported_at`,
  );
  const between = db.prepare<[string, string], DistrictDeliveryRow>(
    'SELECT business_day, requested, accepted, delivered, fell_back, failed, expired FROM district_deliveries WHERE business_day BETWEEN ? AND ? ORDER BY business_day',
  );
  const pruneDaysBefore = db.prepare<[string]>('DELETE FROM district_deliveries WHERE business_day < ?');
  return {
    /** Those of `days` whose counts differ from the ones kept (or that have none kept). */
    changedFrom(days: readonly DayDeliveries[]): DayDeliveries[] {
      if (days.length === 0) return [];
      const dayNames = days.map((day) => day.businessDay).sort();
      const kept = new Map<string, DeliveryCounts>(between.all(dayNames[0], dayNames[dayNames.length - 1]).map(({ business_day, ...counts }) => [business_day, counts]));
      return days.filter(({ businessDay, counts }) => {
        const keptCounts = kept.get(businessDay);
        return !keptCounts || deliveryStates.some((state) => keptCounts[state] !== counts[state]);
      });
    },
    /** The server's newer count replaces the one kept for each day it names; days it does not name keep theirs. */
    record(days: readonly DayDeliveries[], reportedAt: string): void {
      for (const { businessDay, counts } of days) {
        upsert.run(businessDay, counts.requested, counts.accepted, counts.delivered, counts.fell_back, counts.failed, counts.expired, reportedAt);
      }
    },
    between(fromDay: string, toDay: string): DayDeliveries[] {
      return between.all(fromDay, toDay).map(({ business_day, ...counts }) => ({ businessDay: business_day, counts }));
    },
    pruneDaysBefore: (day: string): number => pruneDaysBefore.run(day).changes,
  };
});
