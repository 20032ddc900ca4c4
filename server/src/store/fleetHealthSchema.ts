/**
 * The same statements for both engines (plain SQL both accept):
 * - kiosk_heartbeats: the latest heartbeat of each kiosk (one row, replaced), for IT's fleet page;
 *   the report is JSON as the shared contract defines it, with no personal data in it;
 * - kiosks.previous_secret_hash / previous_secret_until: after a rotation the old secret still
 *   works until the kiosk first uses the new one or the grace time ends, so no batch is refused;
 * - kiosks.revoked_at: a revoked kiosk is refused at once, whichever secret it sends.
 */
export const fleetHealthAndCredentialRotation = `
  ALTER TABLE kiosks ADD COLUMN previous_secret_hash TEXT;
  ALTER TABLE kiosks ADD COLUMN previous_secret_until TEXT;
  ALTER TABLE kiosks ADD COLUMN revoked_at TEXT;
  CREATE TABLE kiosk_heartbeats (
    kiosk_id        TEXT PRIMARY KEY REFERENCES kiosks (kiosk_id),
    received_at     TEXT NOT NULL,
    clock_offset_ms BIGINT NOT NULL,
    report          TEXT NOT NULL
  );
`;
