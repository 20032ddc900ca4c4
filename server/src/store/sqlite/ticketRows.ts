import type { Database } from 'better-sqlite3';
import type { DistrictTransaction, TicketRecord } from '../districtStore';
import { toTicket, type TicketRow } from '../rowRecords';

export function ticketRows(db: Database): Pick<DistrictTransaction, 'findTicket' | 'findTickets' | 'findTicketByStatusToken' | 'statusTokensInUse' | 'saveTicket' | 'saveTickets' | 'waitingTickets'> {
  const byId = db.prepare('SELECT * FROM tickets WHERE ticket_id = ?');
  const byToken = db.prepare('SELECT * FROM tickets WHERE status_token = ?');
  const upsert = db.prepare(
    `INSERT INTO tickets (ticket_id, kiosk_id, office_id, business_day, service_id, display_number, line_order, kind, language,
                          status_token, status, counter_number, ahead_at_issue, estimate_at_issue, told_estimate, told_at, updates_told, updated_at)
     VALUES (@ticketId, @kioskId, @officeId, @businessDay, @serviceId, @displayNumber, @lineOrder, @kind, @language,
             @statusToken, @status, @counterNumber, @aheadAtIssue, @estimateAtIssue, @toldEstimate, @toldAt, @updatesTold, @updatedAt)
     ON CONFLICT (ticket_id) DO UPDATE SET
       business_day = excluded.business_day, service_id = excluded.service_id, display_number = excluded.display_number,
       line_order = excluded.line_order, kind = excluded.kind, language = excluded.language, status = excluded.status,
       counter_number = excluded.counter_number, ahead_at_issue = excluded.ahead_at_issue, estimate_at_issue = excluded.estimate_at_issue,
       told_estimate = excluded.told_estimate, told_at = excluded.told_at, updates_told = excluded.updates_told, updated_at = excluded.updated_at`,
  );
  const waiting = db.prepare(
    `SELECT * FROM tickets WHERE office_id = ? AND business_day = ? AND service_id = ? AND status = 'waiting' ORDER BY line_order`,
  );
  const find = (ticketId: string) => {
    const row = byId.get(ticketId) as TicketRow | undefined;
    return row ? toTicket(row) : null;
  };
  const save = ({ told, ...ticket }: TicketRecord) =>
    upsert.run({
      ...ticket,
      estimateAtIssue: ticket.estimateAtIssue && JSON.stringify(ticket.estimateAtIssue),
      toldEstimate: told && JSON.stringify(told.estimate),
      toldAt: told?.at ?? null,
      updatesTold: told?.updates ?? 0,
    });
  return {
    findTicket: async (ticketId) => find(ticketId),
    async findTickets(ticketIds) {
      return new Map(ticketIds.flatMap((ticketId) => {
        const ticket = find(ticketId);
        return ticket ? [[ticketId, ticket] as const] : [];
      }));
    },
    async findTicketByStatusToken(statusToken) {
      const row = byToken.get(statusToken) as TicketRow | undefined;
      return row ? toTicket(row) : null;
    },
    async statusTokensInUse(statusTokens) {
      return new Set(statusTokens.filter((statusToken) => byToken.get(statusToken) !== undefined));
    },
    async saveTicket(ticket) {
      save(ticket);
    },
    async saveTickets(tickets) {
      tickets.forEach(save);
    },
    async waitingTickets({ officeId, businessDay, serviceId }) {
      return (waiting.all(officeId, businessDay, serviceId) as TicketRow[]).map(toTicket);
    },
  };
}

