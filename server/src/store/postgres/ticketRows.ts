import type { DistrictTransaction } from '../districtStore';
import { toTicket, type TicketRow } from '../rowRecords';
import { statement, type Run } from './sql';

const byId = statement('ticket_by_id', 'SELECT * FROM tickets WHERE ticket_id = $1');
const byToken = statement('ticket_by_token', 'SELECT * FROM tickets WHERE status_token = $1');
const upsert = statement(
  'ticket_upsert',
  `INSERT INTO tickets (ticket_id, kiosk_id, office_id, business_day, service_id, display_number, line_order, kind, language,
                        status_token, status, counter_number, ahead_at_issue, estimate_at_issue, updated_at)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
   ON CONFLICT (ticket_id) DO UPDATE SET
     business_day = excluded.business_day, service_id = excluded.service_id, display_number = excluded.display_number,
     line_order = excluded.line_order, kind = excluded.kind, language = excluded.language, status = excluded.status,
     counter_number = excluded.counter_number, ahead_at_issue = excluded.ahead_at_issue, estimate_at_issue = excluded.estimate_at_issue,
     updated_at = excluded.updated_at`,
);
const waiting = statement(
  'ticket_waiting',
  `SELECT * FROM tickets WHERE office_id = $1 AND business_day = $2 AND service_id = $3 AND status = 'waiting' ORDER BY line_order`,
);

export function ticketRows(run: Run): Pick<DistrictTransaction, 'findTicket' | 'findTicketByStatusToken' | 'saveTicket' | 'waitingTickets'> {
  return {
    async findTicket(ticketId) {
      const [row] = (await run<TicketRow>(byId, [ticketId])).rows;
      return row ? toTicket(row) : null;
    },
    async findTicketByStatusToken(statusToken) {
      const [row] = (await run<TicketRow>(byToken, [statusToken])).rows;
      return row ? toTicket(row) : null;
    },
    async saveTicket(t) {
      await run(upsert, [
        t.ticketId, t.kioskId, t.officeId, t.businessDay, t.serviceId, t.displayNumber, t.lineOrder, t.kind, t.language,
        t.statusToken, t.status, t.counterNumber, t.aheadAtIssue, t.estimateAtIssue && JSON.stringify(t.estimateAtIssue), t.updatedAt,
      ]);
    },
    async waitingTickets({ officeId, businessDay, serviceId }) {
      return (await run<TicketRow>(waiting, [officeId, businessDay, serviceId])).rows.map(toTicket);
    },
  };
}
