import type { Database } from 'better-sqlite3';

/** The wait range the kiosk showed the resident at issue, JSON; the "issued" message repeats it. */
export function migrate002EstimateAtIssue(db: Database): void {
  db.exec('ALTER TABLE tickets ADD COLUMN estimate_at_issue TEXT');
}
