/** The credential statements both engines share; each passes its own parameter tokens (in the order they appear). Right-hand sides read the row as it was. */
export const kioskSql = {
  rotate: (hash: string, until: string, kioskId: string) =>
    `UPDATE kiosks SET secret_hash = ${hash}, previous_secret_hash = secret_hash, previous_secret_until = ${until} WHERE kiosk_id = ${kioskId} AND revoked_at IS NULL`,
  forgetPrevious: (kioskId: string) => `UPDATE kiosks SET previous_secret_hash = NULL, previous_secret_until = NULL WHERE kiosk_id = ${kioskId}`,
  revoke: (at: string, kioskId: string) =>
    `UPDATE kiosks SET revoked_at = ${at}, previous_secret_hash = NULL, previous_secret_until = NULL WHERE kiosk_id = ${kioskId}`,
};
