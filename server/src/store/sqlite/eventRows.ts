import type { Database } from 'better-sqlite3';
import type { DistrictTransaction, EventFingerprint } from '../districtStore';
import { eventsByTicket, eventValues, type EventRow } from '../rowRecords';

export function eventRows(db: Database): Pick<DistrictTransaction, 'findEventFingerprints' | 'logEvents' | 'ticketEvents'> {
  const findFingerprint = db.prepare('SELECT kiosk_id AS kioskId, body_hash AS bodyHash FROM events WHERE event_id = ?');
  const insert = db.prepare(
    `INSERT INTO events (event_id, kiosk_id, office_id, kiosk_sequence, event_type, ticket_id, occurred_at, corrected_at, received_at, body_hash, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ofTicket = db.prepare(
    'SELECT event_id, kiosk_sequence, event_type, ticket_id, occurred_at, payload FROM events WHERE kiosk_id = ? AND ticket_id = ? ORDER BY kiosk_sequence, received_at',
  );
  return {
    // One statement per row: SQLite runs in this process, so a statement costs no round trip.
    async findEventFingerprints(eventIds) {
      return new Map(eventIds.flatMap((eventId) => {
        const found = findFingerprint.get(eventId) as EventFingerprint | undefined;
        return found ? [[eventId, found] as const] : [];
      }));
    },
    async logEvents(entries) {
      for (const entry of entries) insert.run(...eventValues(entry));
    },
    async ticketEvents(kioskId, ticketIds) {
      return eventsByTicket(ticketIds.flatMap((ticketId) => ofTicket.all(kioskId, ticketId) as EventRow[]));
    },
  };
}
