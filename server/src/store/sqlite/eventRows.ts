import type { Database } from 'better-sqlite3';
import { kioskEventSchema } from '../../../../shared/district/api';
import type { DistrictTransaction } from '../districtStore';

interface EventRow {
  event_id: string;
  kiosk_sequence: number;
  event_type: string;
  ticket_id: string | null;
  occurred_at: string;
  payload: string;
}

export function eventRows(db: Database): Pick<DistrictTransaction, 'findEventFingerprint' | 'logEvent' | 'ticketEvents'> {
  const findFingerprint = db.prepare('SELECT kiosk_id AS kioskId, body_hash AS bodyHash FROM events WHERE event_id = ?');
  const insert = db.prepare(
    `INSERT INTO events (event_id, kiosk_id, office_id, kiosk_sequence, event_type, ticket_id, occurred_at, corrected_at, received_at, body_hash, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ofTicket = db.prepare(
    'SELECT event_id, kiosk_sequence, event_type, ticket_id, occurred_at, payload FROM events WHERE kiosk_id = ? AND ticket_id = ? ORDER BY kiosk_sequence, received_at',
  );
  return {
    async findEventFingerprint(eventId) {
      return (findFingerprint.get(eventId) as { kioskId: string; bodyHash: string } | undefined) ?? null;
    },
    async logEvent({ event, kioskId, officeId, correctedAt, receivedAt, bodyHash }) {
      insert.run(
        event.eventId,
        kioskId,
        officeId,
        event.kioskSequence,
        event.type,
        event.ticketId,
        event.occurredAt,
        correctedAt,
        receivedAt,
        bodyHash,
        JSON.stringify(event.payload),
      );
    },
    async ticketEvents(kioskId, ticketId) {
      // Parsed again rather than trusted: the mirror is only ever built from events the contract allows.
      return (ofTicket.all(kioskId, ticketId) as EventRow[]).map((row) =>
        kioskEventSchema.parse({
          eventId: row.event_id,
          kioskSequence: row.kiosk_sequence,
          occurredAt: row.occurred_at,
          ticketId: row.ticket_id,
          type: row.event_type,
          payload: JSON.parse(row.payload),
        }),
      );
    },
  };
}
