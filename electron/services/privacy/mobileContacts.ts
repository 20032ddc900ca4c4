import type { Database } from '../database/openDatabase';
import type { PhoneVault } from './phoneVault';

export interface MobileContact {
  ticketId: string;
  /** Normalized (shared/phoneNumber). */
  phone: string;
  businessDay: string;
  serviceId: string;
}

type ContactScope = Omit<MobileContact, 'ticketId'>;

const ACTIVE_STATUSES = `('waiting', 'called')`;

const lookupHashOf = (vault: PhoneVault, contact: ContactScope) => vault.lookupHash(contact.phone, `${contact.businessDay}/${contact.serviceId}`);

/** Call in the transaction that issues the ticket, so no mobile ticket ever exists without its contact. */
export function storeContact(db: Database, vault: PhoneVault, contact: MobileContact): void {
  db.prepare('INSERT INTO mobile_contacts (ticket_id, phone_ciphertext, lookup_hash, business_day, service_id) VALUES (?, ?, ?, ?, ?)').run(
    contact.ticketId,
    vault.encrypt(contact.phone),
    lookupHashOf(vault, contact),
    contact.businessDay,
    contact.serviceId,
  );
}

/** One mobile ticket per number, service and business day while it is still waiting or called. */
export function hasActiveMobileTicket(db: Database, vault: PhoneVault, contact: ContactScope): boolean {
  const row = db
    .prepare(`SELECT 1 FROM mobile_contacts JOIN tickets ON tickets.id = mobile_contacts.ticket_id WHERE lookup_hash = ? AND tickets.status IN ${ACTIVE_STATUSES} LIMIT 1`)
    .get(lookupHashOf(vault, contact));
  return row !== undefined;
}

export function contactFor(db: Database, vault: PhoneVault, ticketId: string): string | null {
  const row = db.prepare('SELECT phone_ciphertext FROM mobile_contacts WHERE ticket_id = ?').get(ticketId) as { phone_ciphertext: Buffer } | undefined;
  return row ? vault.decrypt(row.phone_ciphertext) : null;
}

export function destroyContact(db: Database, ticketId: string): boolean {
  return eraseContacts(db, () => db.prepare('DELETE FROM mobile_contacts WHERE ticket_id = ?').run(ticketId).changes) > 0;
}

/** Contacts whose purpose is over: the ticket is finished (or gone), or it belongs to an earlier business day. */
export function destroyFinishedContacts(db: Database, businessDayToday: string): number {
  return eraseContacts(db, () =>
    db
      .prepare(`DELETE FROM mobile_contacts WHERE business_day < ? OR ticket_id NOT IN (SELECT id FROM tickets WHERE status IN ${ACTIVE_STATUSES})`)
      .run(businessDayToday).changes,
  );
}

/**
 * secure_delete (set by openDatabase) zeroes the deleted cells, but until a checkpoint the WAL still
 * holds the pages as they were: TRUNCATE copies the zeroed pages home and empties the WAL file.
 */
function eraseContacts(db: Database, remove: () => number): number {
  if (db.inTransaction) throw new Error('Contacts are destroyed outside a transaction: the WAL checkpoint that erases them cannot run inside one');
  const removed = remove();
  if (removed > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return removed;
}
