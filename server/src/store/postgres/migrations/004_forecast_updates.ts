import { toldForecastColumns } from '../../forecastUpdatesSchema';

/** Forecast updates: the kind "update", each under its own revision, and what each ticket was last told (SQLite's 007). */
export const migrate004ForecastUpdates = `
  ALTER TABLE message_deliveries DROP CONSTRAINT message_deliveries_kind_check;
  ALTER TABLE message_deliveries ADD CONSTRAINT message_deliveries_kind_check CHECK (kind IN ('issued', 'approaching', 'update', 'called'));
  ALTER TABLE message_deliveries ADD COLUMN revision integer NOT NULL DEFAULT 0;
  ALTER TABLE message_deliveries DROP CONSTRAINT message_deliveries_ticket_id_kind_key;
  ALTER TABLE message_deliveries ADD CONSTRAINT message_deliveries_ticket_kind_revision_key UNIQUE (ticket_id, kind, revision);
  ${toldForecastColumns}
`;
