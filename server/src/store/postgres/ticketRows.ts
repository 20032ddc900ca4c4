import type { DistrictTransaction, TicketRecord } from '../districtStore';
import { toTicket, type TicketRow } from '../rowRecords';
import { asColumns, statement, type Run } from './sql';

const byId = statement('ticket_by_id', 'SELECT * FROM tickets WHERE ticket_id = $1');
const byIds = statement('tickets_by_ids', 'SELECT * FROM tickets WHERE ticket_id = ANY($1::text[])');
const byToken = statement('ticket_by_token', 'SELECT * FROM tickets WHERE status_token = $1');
const tokensInUse = statement('tickets_tokens_in_use', 'SELECT status_token FROM tickets WHERE status_token = ANY($1::text[])');
const upsert = statement(
  'tickets_upsert',
  `INSERT INTO tickets (ticket_id, kiosk_id, office_id, business_day, service_id, display_number, line_order, kind, language,
                        status_token, status, counter_number, ahead_at_issue, estimate_at_issue, told_estimate, told_at, updates_told, updated_at)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::text[],
                        $10::text[], $11::text[], $12::integer[], $13::integer[], $14::text[], $15::text[], $16::text[], $17::integer[], $18::text[])
   ON CONFLICT (ticket_id) DO UPDATE SET
     business_day = excluded.business_day, service_id = excluded.service_id, display_number = excluded.display_number,
     line_order = excluded.line_order, kind = excluded.kind, language = excluded.language, status = excluded.status,
     counter_number = excluded.counter_number, ahead_at_issue = excluded.ahead_at_issue, estimate_at_issue = excluded.estimate_at_issue,
     told_estimate = excluded.told_estimate, told_at = excluded.told_at, updates_told = excluded.updates_told, updated_at = excluded.updated_at`,
);
const waiting = statement(
  'ticket_waiting',
  `SELECT * FROM tickets WHERE office_id = $1 AND business_day = $2 AND service_id = $3 AND status = 'waiting' ORDER BY line_order`,
);

const ticketValues = (t: TicketRecord): unknown[] => [
  t.ticketId, t.kioskId, t.officeId, t.businessDay, t.serviceId, t.displayNumber, t.lineOrder, t.kind, t.language,
  t.statusToken, t.status, t.counterNumber, t.aheadAtIssue, t.estimateAtIssue && JSON.stringify(t.estimateAtIssue),
  t.told && JSON.stringify(t.told.estimate), t.told?.at ?? null, t.told?.updates ?? 0, t.updatedAt,
];

export function ticketRows(run: Run): Pick<DistrictTransaction, 'findTicket' | 'findTickets' | 'findTicketByStatusToken' | 'statusTokensInUse' | 'saveTicket' | 'saveTickets' | 'waitingTickets'> {
  const saveTickets = async (tickets: readonly TicketRecord[]) => {
    if (tickets.length > 0) await run(upsert, asColumns(tickets.map(ticketValues), 18));
  };
  return {
    async findTicket(ticketId) {
      const [row] = (await run<TicketRow>(byId, [ticketId])).rows;
      return row ? toTicket(row) : null;
    },
    async findTickets(ticketIds) {
      return new Map((await run<TicketRow>(byIds, [ticketIds])).rows.map((row) => [row.ticket_id, toTicket(row)]));
    },
    async findTicketByStatusToken(statusToken) {
      const [row] = (await run<TicketRow>(byToken, [statusToken])).rows;
      return row ? toTicket(row) : null;
    },
    async statusTokensInUse(statusTokens) {
      return new Set((await run<{ status_token: string }>(tokensInUse, [statusTokens])).rows.map((row) => row.status_token));
    },
    saveTicket: (ticket) => saveTickets([ticket]),
    saveTickets,
    async waitingTickets({ officeId, businessDay, serviceId }) {
      return (await run<TicketRow>(waiting, [officeId, businessDay, serviceId])).rows.map(toTicket);
    },
  };
}
