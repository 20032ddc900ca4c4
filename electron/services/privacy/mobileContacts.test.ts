import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { issueTicket } from '../issuing/issueTicket';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { contactFor, destroyContact, destroyFinishedContacts, hasActiveMobileTicket, storeContact } from './mobileContacts';
import { openMobileTestDatabase, TEST_DATABASE_FILE, testPhone, testVault } from './testSupport/mobileTestDatabase';

const tempDir = useTempDirs();
const vault = testVault();

function setup() {
  const dir = tempDir();
  const db = openMobileTestDatabase(dir);
  const clock = settableClock('2026-11-24T01:00:00Z');
  const issueMobile = (phone: string, serviceId = 'passport') => {
    const { ticket } = issueTicket(db, demoOffice, clock, { serviceId, kind: 'mobile', language: 'ko' });
    storeContact(db, vault, { ticketId: ticket.id, phone, businessDay: ticket.businessDay, serviceId });
    return ticket;
  };
  const rawFiles = () => [TEST_DATABASE_FILE, `${TEST_DATABASE_FILE}-wal`].map((name) => join(dir, name)).filter(existsSync).map((file) => readFileSync(file));
  return { db, clock, issueMobile, rawFiles };
}

const setStatus = (db: Database, ticketId: string, status: string) => db.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(status, ticketId);

/** Every way the number could sit in a file in the clear. */
function clearForms(phone: string): Buffer[] {
  const hyphenated = `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
  return [phone, hyphenated].flatMap((text) => [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')]);
}

const containsAny = (files: Buffer[], needles: Buffer[]) => files.some((file) => needles.some((needle) => file.includes(needle)));

describe('mobile contacts', () => {
  it('stores the number only encrypted and reads it back for its ticket', () => {
    const { db, issueMobile } = setup();
    const ticket = issueMobile(testPhone());
    expect(contactFor(db, vault, ticket.id)).toBe(testPhone());
    expect(contactFor(db, vault, 'no-such-ticket')).toBeNull();
    const row = db.prepare('SELECT * FROM mobile_contacts').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(testPhone());
    expect(row).toMatchObject({ ticket_id: ticket.id, business_day: '2026-11-24', service_id: 'passport' });
  });

  it('finds an active mobile ticket of the same number, service and day without decrypting', () => {
    const { db, issueMobile } = setup();
    const scope = { phone: testPhone(), businessDay: '2026-11-24', serviceId: 'passport' };
    expect(hasActiveMobileTicket(db, vault, scope)).toBe(false);
    const ticket = issueMobile(testPhone());
    expect(hasActiveMobileTicket(db, vault, scope)).toBe(true);
    expect(hasActiveMobileTicket(db, vault, { ...scope, phone: testPhone('5679') })).toBe(false);
    expect(hasActiveMobileTicket(db, vault, { ...scope, serviceId: 'seal-certificate' })).toBe(false);
    expect(hasActiveMobileTicket(db, vault, { ...scope, businessDay: '2026-11-25' })).toBe(false);
    expect(hasActiveMobileTicket(db, testVault(9), scope)).toBe(false);

    setStatus(db, ticket.id, 'called');
    expect(hasActiveMobileTicket(db, vault, scope)).toBe(true);
    setStatus(db, ticket.id, 'done');
    expect(hasActiveMobileTicket(db, vault, scope)).toBe(false);
  });

  it('destroys one contact, and all whose ticket is finished or whose day is over', () => {
    const { db, clock, issueMobile } = setup();
    const tickets = ['5670', '5671', '5672', '5673', '5674'].map((last) => issueMobile(testPhone(last)));
    const [done, noShow, cancelled, waiting, called] = tickets;
    setStatus(db, done.id, 'done');
    setStatus(db, noShow.id, 'no_show');
    setStatus(db, cancelled.id, 'cancelled');
    setStatus(db, called.id, 'called');

    expect(destroyFinishedContacts(db, '2026-11-24')).toBe(3);
    const left = () => (db.prepare('SELECT ticket_id FROM mobile_contacts ORDER BY ticket_id').all() as { ticket_id: string }[]).map((r) => r.ticket_id);
    expect(left()).toEqual([waiting.id, called.id].sort());

    expect(destroyContact(db, called.id)).toBe(true);
    expect(destroyContact(db, called.id)).toBe(false);
    expect(left()).toEqual([waiting.id]);

    clock.set('2026-11-25T01:00:00Z');
    const tomorrow = issueMobile(testPhone('5675'));
    expect(destroyFinishedContacts(db, '2026-11-25')).toBe(1);
    expect(left()).toEqual([tomorrow.id]);

    // A clock that read a later day and was then set back by staff: that day's contacts end with today's close.
    expect(destroyFinishedContacts(db, '2026-11-24')).toBe(1);
    expect(left()).toEqual([]);
  });

  it('never writes the digits to the database file or its WAL, and leaves no ciphertext behind once destroyed', () => {
    const { db, rawFiles, issueMobile } = setup();
    const phones = Array.from({ length: 40 }, (_, i) => testPhone(String(5600 + i)));
    const tickets = phones.map((phone) => issueMobile(phone));
    const ciphertexts = (db.prepare('SELECT phone_ciphertext FROM mobile_contacts').all() as { phone_ciphertext: Buffer }[]).map((r) => r.phone_ciphertext);
    const clear = phones.flatMap(clearForms);

    expect(containsAny(rawFiles(), clear)).toBe(false);
    expect(containsAny(rawFiles(), ciphertexts)).toBe(true);

    db.pragma('wal_checkpoint(PASSIVE)');
    expect(containsAny(rawFiles(), clear)).toBe(false);

    for (const ticket of tickets) setStatus(db, ticket.id, 'done');
    expect(destroyContact(db, tickets[0].id)).toBe(true);
    expect(containsAny(rawFiles(), [ciphertexts[0]])).toBe(false);
    expect(destroyFinishedContacts(db, '2026-11-24')).toBe(tickets.length - 1);
    expect(containsAny(rawFiles(), ciphertexts)).toBe(false);
    expect(containsAny(rawFiles(), clear)).toBe(false);

    db.close();
    expect(containsAny(rawFiles(), [...ciphertexts, ...clear])).toBe(false);
  });

  it('refuses to destroy inside a transaction, where the WAL could not be erased', () => {
    const { db, issueMobile } = setup();
    const ticket = issueMobile(testPhone());
    expect(() => db.transaction(() => destroyContact(db, ticket.id))()).toThrow(/outside a transaction/);
    expect(contactFor(db, vault, ticket.id)).toBe(testPhone());
  });
});
