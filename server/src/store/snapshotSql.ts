/** Both engines' migration (SQLite's 008, PostgreSQL's 005); snapshots before it did not carry the hour. */
export const officeDayStartColumn = 'ALTER TABLE office_snapshots ADD COLUMN business_day_start_hour integer CHECK (business_day_start_hour BETWEEN 0 AND 23);';

/** The snapshot statements both engines share; each passes its own parameter tokens (in the order they appear). */
export const snapshotSql = {
  /** The newest snapshot replaces the office's last; its start hour is kept in a column of its own for the IT pages. */
  upsert: (officeId: string, kioskId: string, correctedAt: string, payload: string, dayStartHour: string) =>
    `INSERT INTO office_snapshots (office_id, kiosk_id, corrected_at, payload, business_day_start_hour) VALUES (${officeId}, ${kioskId}, ${correctedAt}, ${payload}, ${dayStartHour})
     ON CONFLICT (office_id) DO UPDATE SET kiosk_id = excluded.kiosk_id, corrected_at = excluded.corrected_at, payload = excluded.payload,
       business_day_start_hour = excluded.business_day_start_hour`,
  dayStartHours: `SELECT DISTINCT k.office_id, s.business_day_start_hour FROM kiosks k LEFT JOIN office_snapshots s ON s.office_id = k.office_id ORDER BY k.office_id`,
};

export interface DayStartHourRow {
  office_id: string;
  business_day_start_hour: number | null;
}

export const toDayStartHours = (rows: readonly DayStartHourRow[]) => new Map(rows.map((row) => [row.office_id, row.business_day_start_hour]));
