import { truncateWal } from '../database/durability';
import { writeTransaction, type Database } from '../database/openDatabase';
import { contactRows } from './contactRows';
import type { PhoneVault } from './phoneVault';

export interface MobileContact {
  ticketId: string;
  /** Normalized (shared/phoneNumber). */
  phone: string;
  businessDay: string;
  serviceId: string;
}

type ContactScope = Omit<MobileContact, 'ticketId'>;

const lookupHashOf = (vault: PhoneVault, contact: ContactScope) => vault.lookupHash(contact.phone, `${contact.businessDay}/${contact.serviceId}`);

/** Call in the transaction that issues the ticket, so no mobile ticket ever exists without its contact. */
export function storeContact(db: Database, vault: PhoneVault, contact: MobileContact): void {
  contactRows(db).insert({
    ticket_id: contact.ticketId,
    phone_ciphertext: vault.encrypt(contact.phone),
    lookup_hash: lookupHashOf(vault, contact),
    business_day: contact.businessDay,
    service_id: contact.serviceId,
  });
}

/** One mobile ticket per number, service and business day while it is still waiting or called. */
export function hasActiveMobileTicket(db: Database, vault: PhoneVault, contact: ContactScope): boolean {
  return contactRows(db).hasActiveTicket(lookupHashOf(vault, contact));
}

export function contactFor(db: Database, vault: PhoneVault, ticketId: string): string | null {
  const ciphertext = contactRows(db).ciphertextOf(ticketId);
  return ciphertext ? vault.decrypt(ciphertext) : null;
}

export function destroyContact(db: Database, ticketId: string): boolean {
  return eraseContacts(db, () => contactRows(db).remove(ticketId)) > 0;
}

/** Contacts whose purpose is over: the ticket is finished (or gone), or it belongs to an earlier business day. */
export function destroyFinishedContacts(db: Database, businessDayToday: string): number {
  const contacts = contactRows(db);
  // A read first: most changes finish no mobile ticket, and an empty DELETE would still be a write.
  if (!contacts.anyFinished(businessDayToday)) return 0;
  return eraseContacts(db, () => contacts.removeFinished(businessDayToday));
}

/**
 * secure_delete (set by openDatabase) zeroes the deleted cells, but until a checkpoint the WAL still
 * holds the pages as they were: TRUNCATE copies the zeroed pages home and empties the WAL file.
 */
function eraseContacts(db: Database, remove: () => number): number {
  if (db.inTransaction) throw new Error('Contacts are destroyed outside a transaction: the WAL checkpoint that erases them cannot run inside one');
  const removed = writeTransaction(db, remove);
  if (removed > 0) truncateWal(db);
  return removed;
}
