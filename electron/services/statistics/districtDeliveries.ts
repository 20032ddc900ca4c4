import type { DayDeliveries } from '../../../shared/statistics';
import { writeTransaction, type Database } from '../database/openDatabase';
import { districtDeliveryRows } from './districtDeliveryRows';

/**
 * Keeps the district's counts from a heartbeat's answer. Most answers repeat what the kiosk has
 * (a minute apart, nothing was sent meanwhile): those commit nothing and never take the write lock.
 * Answers whether anything was written.
 */
export function keepDistrictDeliveries(db: Database, days: readonly DayDeliveries[], reportedAt: string): boolean {
  const rows = districtDeliveryRows(db);
  const changed = rows.changedFrom(days);
  if (changed.length === 0) return false;
  writeTransaction(db, () => rows.record(changed, reportedAt));
  return true;
}
