import { perConnection } from '../database/perConnection';

export interface NewContactRow {
  ticket_id: string;
  phone_ciphertext: Buffer;
  lookup_hash: string;
  business_day: string;
  service_id: string;
}

const ACTIVE_TICKET = `tickets.status IN ('waiting', 'called')`;

/** The `mobile_contacts` table: residents' numbers, only encrypted, with a keyed hash for the one-active-ticket rule. */
export const contactRows = perConnection((db) => {
  const insert = db.prepare<NewContactRow>(
    'INSERT INTO mobile_contacts (ticket_id, phone_ciphertext, lookup_hash, business_day, service_id) VALUES (@ticket_id, @phone_ciphertext, @lookup_hash, @business_day, @service_id)',
  );
  const activeWithHash = db.prepare<[string], number>(
    `SELECT 1 FROM mobile_contacts JOIN tickets ON tickets.id = mobile_contacts.ticket_id WHERE lookup_hash = ? AND ${ACTIVE_TICKET} LIMIT 1`,
  ).pluck();
  const ciphertext = db.prepare<[string], Buffer>('SELECT phone_ciphertext FROM mobile_contacts WHERE ticket_id = ?').pluck();
  const remove = db.prepare<[string]>('DELETE FROM mobile_contacts WHERE ticket_id = ?');
  // NOT EXISTS looks each contact's ticket up by its key: the sweep costs the contacts, not the ticket history.
  const finishedFilter = `business_day <> ? OR NOT EXISTS (SELECT 1 FROM tickets WHERE tickets.id = mobile_contacts.ticket_id AND ${ACTIVE_TICKET})`;
  const anyFinished = db.prepare<[string], number>(`SELECT 1 FROM mobile_contacts WHERE ${finishedFilter} LIMIT 1`).pluck();
  const removeFinished = db.prepare<[string]>(`DELETE FROM mobile_contacts WHERE ${finishedFilter}`);
  return {
    insert: (row: NewContactRow): void => void insert.run(row),
    hasActiveTicket: (lookupHash: string): boolean => activeWithHash.get(lookupHash) !== undefined,
    ciphertextOf: (ticketId: string): Buffer | undefined => ciphertext.get(ticketId),
    remove: (ticketId: string): number => remove.run(ticketId).changes,
    /** Contacts whose ticket is finished (or gone), or of any business day but `businessDayToday` (a later one exists only after a wrong clock). */
    anyFinished: (businessDayToday: string): boolean => anyFinished.get(businessDayToday) !== undefined,
    removeFinished: (businessDayToday: string): number => removeFinished.run(businessDayToday).changes,
  };
});
