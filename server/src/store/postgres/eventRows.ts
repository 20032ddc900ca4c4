import type { DistrictTransaction } from '../districtStore';
import { eventValues, toEvent, type EventRow } from '../rowRecords';
import { statement, type Run } from './sql';

const findFingerprint = statement('event_fingerprint', 'SELECT kiosk_id AS "kioskId", body_hash AS "bodyHash" FROM events WHERE event_id = $1');
const insert = statement(
  'event_insert',
  `INSERT INTO events (event_id, kiosk_id, office_id, kiosk_sequence, event_type, ticket_id, occurred_at, corrected_at, received_at, body_hash, payload)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
);
const ofTicket = statement(
  'event_of_ticket',
  'SELECT event_id, kiosk_sequence, event_type, ticket_id, occurred_at, payload FROM events WHERE kiosk_id = $1 AND ticket_id = $2 ORDER BY kiosk_sequence, received_at',
);

export function eventRows(run: Run): Pick<DistrictTransaction, 'findEventFingerprint' | 'logEvent' | 'ticketEvents'> {
  return {
    async findEventFingerprint(eventId) {
      const [row] = (await run<{ kioskId: string; bodyHash: string }>(findFingerprint, [eventId])).rows;
      return row ?? null;
    },
    async logEvent(entry) {
      await run(insert, eventValues(entry));
    },
    async ticketEvents(kioskId, ticketId) {
      return (await run<EventRow>(ofTicket, [kioskId, ticketId])).rows.map(toEvent);
    },
  };
}
