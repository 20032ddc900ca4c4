import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';

export function contactRows(
  db: Database,
): Pick<DistrictTransaction, 'saveContact' | 'loadContact' | 'hasContact' | 'destroyContact' | 'destroyContacts' | 'ticketsWithContactsBefore'> {
  const insert = db.prepare('INSERT OR IGNORE INTO contacts (ticket_id, business_day, sealed) VALUES (?, ?, ?)');
  const load = db.prepare('SELECT sealed FROM contacts WHERE ticket_id = ?');
  // secure_delete zeroes the freed cell as well; overwriting first keeps the promise even where that pragma is off.
  const overwrite = db.prepare('UPDATE contacts SET sealed = zeroblob(length(sealed)) WHERE ticket_id = ?');
  const remove = db.prepare('DELETE FROM contacts WHERE ticket_id = ?');
  const beforeDay = db.prepare('SELECT ticket_id FROM contacts WHERE business_day < ?').pluck();
  const destroy = (ticketId: string) => {
    overwrite.run(ticketId);
    return remove.run(ticketId).changes > 0;
  };
  return {
    async saveContact(ticketId, businessDay, sealed) {
      insert.run(ticketId, businessDay, sealed);
    },
    async loadContact(ticketId) {
      const row = load.get(ticketId) as { sealed: Buffer } | undefined;
      return row?.sealed ?? null;
    },
    async hasContact(ticketId) {
      return load.get(ticketId) !== undefined;
    },
    destroyContact: async (ticketId) => destroy(ticketId),
    async destroyContacts(ticketIds) {
      return ticketIds.filter(destroy).length;
    },
    async ticketsWithContactsBefore(businessDay) {
      return beforeDay.all(businessDay) as string[];
    },
  };
}
