/**
 * What the resident was last told about a ticket's wait, on the ticket (both engines, plain SQL):
 * told_estimate (JSON) and told_at come from the last message that carried a forecast (issued,
 * approaching or an update); updates_told counts the updates, so a new one is decided only when the
 * forecast has moved materially since, and never more than the allowed number per ticket.
 */
export const toldForecastColumns = `
  ALTER TABLE tickets ADD COLUMN told_estimate TEXT;
  ALTER TABLE tickets ADD COLUMN told_at TEXT;
  ALTER TABLE tickets ADD COLUMN updates_told INTEGER NOT NULL DEFAULT 0;
`;
