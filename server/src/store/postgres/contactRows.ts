import type { DistrictTransaction } from '../districtStore';
import { statement, type Run } from './sql';

const insert = statement('contact_insert', 'INSERT INTO contacts (ticket_id, business_day, sealed) VALUES ($1, $2, $3) ON CONFLICT (ticket_id) DO NOTHING');
const load = statement('contact_load', 'SELECT sealed FROM contacts WHERE ticket_id = $1');
// The old tuple stays in the heap until VACUUM reclaims it: overwriting first means even that copy is zeroes, not the sealed number.
const overwrite = statement('contacts_overwrite', "UPDATE contacts SET sealed = decode(repeat('00', length(sealed)), 'hex') WHERE ticket_id = ANY($1::text[])");
const remove = statement('contacts_delete', 'DELETE FROM contacts WHERE ticket_id = ANY($1::text[])');
const beforeDay = statement('contact_before_day', 'SELECT ticket_id FROM contacts WHERE business_day < $1');

export function contactRows(run: Run): Pick<DistrictTransaction, 'saveContact' | 'loadContact' | 'hasContact' | 'destroyContact' | 'destroyContacts' | 'ticketsWithContactsBefore'> {
  const destroyContacts = async (ticketIds: readonly string[]) => {
    if (ticketIds.length === 0) return 0;
    await run(overwrite, [ticketIds]);
    return (await run(remove, [ticketIds])).rowCount ?? 0;
  };
  return {
    async saveContact(ticketId, businessDay, sealed) {
      await run(insert, [ticketId, businessDay, sealed]);
    },
    async loadContact(ticketId) {
      const [row] = (await run<{ sealed: Buffer }>(load, [ticketId])).rows;
      return row?.sealed ?? null;
    },
    async hasContact(ticketId) {
      return ((await run(load, [ticketId])).rowCount ?? 0) > 0;
    },
    destroyContact: async (ticketId) => (await destroyContacts([ticketId])) > 0,
    destroyContacts,
    async ticketsWithContactsBefore(businessDay) {
      return (await run<{ ticket_id: string }>(beforeDay, [businessDay])).rows.map((row) => row.ticket_id);
    },
  };
}
