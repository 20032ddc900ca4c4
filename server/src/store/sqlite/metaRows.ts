import type { Database } from 'better-sqlite3';
import { closedBeforeKey, type DistrictTransaction } from '../districtStore';

export function metaRows(db: Database): Pick<DistrictTransaction, 'closedBefore' | 'setClosedBefore' | 'claimDayClose' | 'keyCheck' | 'setKeyCheck' | 'pruneHistory'> {
  const read = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const write = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const claimDay = db.prepare('INSERT INTO day_closes (before_day, closed_at) VALUES (?, ?) ON CONFLICT (before_day) DO NOTHING');
  const pruneEvents = db.prepare('DELETE FROM events WHERE received_at < ?');
  const pruneDeliveries = db.prepare('DELETE FROM message_deliveries WHERE ticket_id IN (SELECT ticket_id FROM tickets WHERE business_day < ?)');
  const pruneTickets = db.prepare('DELETE FROM tickets WHERE business_day < ?');
  const value = (key: string) => (read.get(key) as string | undefined) ?? null;
  return {
    async closedBefore(officeId) {
      return value(closedBeforeKey(officeId));
    },
    async setClosedBefore(businessDay, officeId) {
      write.run(closedBeforeKey(officeId), businessDay);
    },
    async claimDayClose(closes, closedAt) {
      return claimDay.run(closes, closedAt).changes > 0;
    },
    async keyCheck() {
      return value('key_check');
    },
    async setKeyCheck(check) {
      write.run('key_check', check);
    },
    async pruneHistory(receivedBefore, businessDayBefore) {
      const deliveries = pruneDeliveries.run(businessDayBefore).changes;
      return pruneEvents.run(receivedBefore).changes + deliveries + pruneTickets.run(businessDayBefore).changes;
    },
  };
}
