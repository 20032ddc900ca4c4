import type { Database } from 'better-sqlite3';

/**
 * Mobile tickets: the resident's number, only encrypted, with a keyed hash to enforce one active
 * mobile ticket per number, service and day; rows are destroyed when the ticket is finished.
 * status_token is the unguessable name of a ticket's public status page.
 */
export function migration004MobileContacts(db: Database): void {
  db.exec(`
    CREATE TABLE mobile_contacts (
      ticket_id        TEXT PRIMARY KEY,
      phone_ciphertext BLOB NOT NULL,
      lookup_hash      TEXT NOT NULL,
      business_day     TEXT NOT NULL,
      service_id       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX mobile_contacts_lookup ON mobile_contacts (lookup_hash);

    ALTER TABLE tickets ADD COLUMN status_token TEXT;
  `);
}
