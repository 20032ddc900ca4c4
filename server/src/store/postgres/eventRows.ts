import type { DistrictTransaction, EventFingerprint } from '../districtStore';
import { eventsByTicket, eventValues, type EventRow } from '../rowRecords';
import { asColumns, statement, type Run } from './sql';

const findFingerprints = statement(
  'event_fingerprints',
  'SELECT event_id AS "eventId", kiosk_id AS "kioskId", body_hash AS "bodyHash" FROM events WHERE event_id = ANY($1::text[])',
);
const insert = statement(
  'events_insert',
  `INSERT INTO events (event_id, kiosk_id, office_id, kiosk_sequence, event_type, ticket_id, occurred_at, corrected_at, received_at, body_hash, payload)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
);
const ofTickets = statement(
  'events_of_tickets',
  `SELECT event_id, kiosk_sequence, event_type, ticket_id, occurred_at, payload FROM events
   WHERE kiosk_id = $1 AND ticket_id = ANY($2::text[]) ORDER BY ticket_id, kiosk_sequence, received_at`,
);

export function eventRows(run: Run): Pick<DistrictTransaction, 'findEventFingerprints' | 'logEvents' | 'ticketEvents'> {
  return {
    async findEventFingerprints(eventIds) {
      const { rows } = await run<EventFingerprint & { eventId: string }>(findFingerprints, [eventIds]);
      return new Map(rows.map(({ eventId, kioskId, bodyHash }) => [eventId, { kioskId, bodyHash }]));
    },
    async logEvents(entries) {
      if (entries.length > 0) await run(insert, asColumns(entries.map(eventValues), 11));
    },
    async ticketEvents(kioskId, ticketIds) {
      return eventsByTicket((await run<EventRow>(ofTickets, [kioskId, ticketIds])).rows);
    },
  };
}
