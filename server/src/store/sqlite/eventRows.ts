import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { eventValues, toEvent, type EventRow } from '../rowRecords';

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
    async logEvent(entry) {
      insert.run(...eventValues(entry));
    },
    async ticketEvents(kioskId, ticketId) {
      return (ofTicket.all(kioskId, ticketId) as EventRow[]).map(toEvent);
    },
  };
}
