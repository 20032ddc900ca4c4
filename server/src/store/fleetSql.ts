/** Both engines' query for IT's fleet page: every kiosk, with its latest heartbeat when it has sent one. */
export const fleetQuery = `SELECT k.*, h.received_at, h.clock_offset_ms, h.report
  FROM kiosks AS k LEFT JOIN kiosk_heartbeats AS h ON h.kiosk_id = k.kiosk_id
  ORDER BY k.office_id, k.created_at, k.kiosk_id`;

/** Both engines' upsert; each passes its own parameter tokens for kiosk id, received at, clock offset and report. */
export function saveHeartbeatSql(values: [string, string, string, string]): string {
  return `INSERT INTO kiosk_heartbeats (kiosk_id, received_at, clock_offset_ms, report) VALUES (${values.join(', ')})
    ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at, clock_offset_ms = excluded.clock_offset_ms, report = excluded.report`;
}
