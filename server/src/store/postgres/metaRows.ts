import { closedBeforeKey, type DistrictTransaction } from '../districtStore';
import { statement, type Run } from './sql';

const read = statement('meta_read', 'SELECT value FROM meta WHERE key = $1');
const write = statement('meta_write', 'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
const claimDay = statement('day_close_claim', 'INSERT INTO day_closes (before_day, closed_at) VALUES ($1, $2) ON CONFLICT (before_day) DO NOTHING');
const pruneEvents = statement('prune_events', 'DELETE FROM events WHERE received_at < $1');
const pruneDeliveries = statement('prune_deliveries', 'DELETE FROM message_deliveries WHERE ticket_id IN (SELECT ticket_id FROM tickets WHERE business_day < $1)');
const pruneTickets = statement('prune_tickets', 'DELETE FROM tickets WHERE business_day < $1');

export function metaRows(run: Run): Pick<DistrictTransaction, 'closedBefore' | 'setClosedBefore' | 'claimDayClose' | 'keyCheck' | 'setKeyCheck' | 'pruneHistory'> {
  const value = async (key: string) => (await run<{ value: string }>(read, [key])).rows[0]?.value ?? null;
  const changes = async (...args: Parameters<Run>) => (await run(...args)).rowCount ?? 0;
  return {
    closedBefore: (officeId) => value(closedBeforeKey(officeId)),
    async setClosedBefore(businessDay, officeId) {
      await run(write, [closedBeforeKey(officeId), businessDay]);
    },
    async claimDayClose(closes, closedAt) {
      return (await changes(claimDay, [closes, closedAt])) > 0;
    },
    keyCheck: () => value('key_check'),
    async setKeyCheck(check) {
      await run(write, ['key_check', check]);
    },
    async pruneHistory(receivedBefore, businessDayBefore) {
      const deliveries = await changes(pruneDeliveries, [businessDayBefore]);
      return (await changes(pruneEvents, [receivedBefore])) + deliveries + (await changes(pruneTickets, [businessDayBefore]));
    },
  };
}
