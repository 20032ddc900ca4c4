/**
 * The same statements for both engines (plain SQL both accept):
 * - provider_ref: the provider's handle opened before the first send (Solapi: a message group), so a
 *   later attempt asks what became of the earlier one instead of sending blind;
 * - lease_until: a claimed ("sending") message is another instance's to retry once this passes;
 * - report: what the provider reported after accepting it;
 * - day_closes: one row per close (what it closes), claimed by the instance that closes it.
 */
export const deliveryClaimsAndReports = `
  ALTER TABLE message_deliveries ADD COLUMN provider_ref TEXT;
  ALTER TABLE message_deliveries ADD COLUMN lease_until TEXT;
  ALTER TABLE message_deliveries ADD COLUMN report TEXT CHECK (report IN ('accepted', 'delivered', 'failed', 'fell_back'));
  ALTER TABLE message_deliveries ADD COLUMN report_detail TEXT;
  ALTER TABLE message_deliveries ADD COLUMN reported_at TEXT;
  CREATE TABLE day_closes (
    before_day TEXT PRIMARY KEY,
    closed_at  TEXT NOT NULL
  );
`;
