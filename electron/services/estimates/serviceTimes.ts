import type { Database } from '../database/openDatabase';

/**
 * Minutes the day's finished tickets of a service took at the counter, newest first. Service
 * starts when the counter pressed "serving", or at the call when it never did; a negative span
 * (the wall clock stepped back) is no measurement.
 */
export function recentServiceMinutes(db: Database, businessDay: string, serviceId: string, limit = 20): number[] {
  const rows = db
    .prepare(
      `SELECT finished_at_ms - COALESCE(serving_started_at_ms, called_at_ms) AS ms
         FROM tickets
        WHERE business_day = ? AND service_id = ? AND status = 'done'
          AND finished_at_ms IS NOT NULL AND COALESCE(serving_started_at_ms, called_at_ms) IS NOT NULL
          AND finished_at_ms >= COALESCE(serving_started_at_ms, called_at_ms)
        ORDER BY finished_at_ms DESC, rowid DESC
        LIMIT ?`,
    )
    .all(businessDay, serviceId, limit) as { ms: number }[];
  return rows.map((row) => row.ms / 60_000);
}
