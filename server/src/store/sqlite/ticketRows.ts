import type { Database } from 'better-sqlite3';
import { waitEstimateSchema } from '../../../../shared/waitEstimate';
import type { DistrictTransaction, TicketRecord } from '../districtStore';

interface TicketRow {
  ticket_id: string;
  kiosk_id: string;
  office_id: string;
  business_day: string;
  service_id: string;
  display_number: string;
  line_order: number;
  kind: TicketRecord['kind'];
  language: TicketRecord['language'];
  status_token: string;
  status: TicketRecord['status'];
  counter_number: number | null;
  ahead_at_issue: number | null;
  estimate_at_issue: string | null;
  updated_at: string;
}

export function ticketRows(db: Database): Pick<DistrictTransaction, 'findTicket' | 'findTicketByStatusToken' | 'saveTicket' | 'waitingTickets'> {
  const byId = db.prepare('SELECT * FROM tickets WHERE ticket_id = ?');
  const byToken = db.prepare('SELECT * FROM tickets WHERE status_token = ?');
  const upsert = db.prepare(
    `INSERT INTO tickets (ticket_id, kiosk_id, office_id, business_day, service_id, display_number, line_order, kind, language,
                          status_token, status, counter_number, ahead_at_issue, estimate_at_issue, updated_at)
     VALUES (@ticketId, @kioskId, @officeId, @businessDay, @serviceId, @displayNumber, @lineOrder, @kind, @language,
             @statusToken, @status, @counterNumber, @aheadAtIssue, @estimateAtIssue, @updatedAt)
     ON CONFLICT (ticket_id) DO UPDATE SET
       business_day = excluded.business_day, service_id = excluded.service_id, display_number = excluded.display_number,
       line_order = excluded.line_order, kind = excluded.kind, language = excluded.language, status = excluded.status,
       counter_number = excluded.counter_number, ahead_at_issue = excluded.ahead_at_issue, estimate_at_issue = excluded.estimate_at_issue,
       updated_at = excluded.updated_at`,
  );
  const waiting = db.prepare(
    `SELECT * FROM tickets WHERE office_id = ? AND business_day = ? AND service_id = ? AND status = 'waiting' ORDER BY line_order`,
  );
  return {
    async findTicket(ticketId) {
      const row = byId.get(ticketId) as TicketRow | undefined;
      return row ? toTicket(row) : null;
    },
    async findTicketByStatusToken(statusToken) {
      const row = byToken.get(statusToken) as TicketRow | undefined;
      return row ? toTicket(row) : null;
    },
    async saveTicket(ticket) {
      upsert.run({ ...ticket, estimateAtIssue: ticket.estimateAtIssue && JSON.stringify(ticket.estimateAtIssue) });
    },
    async waitingTickets({ officeId, businessDay, serviceId }) {
      return (waiting.all(officeId, businessDay, serviceId) as TicketRow[]).map(toTicket);
    },
  };
}

function toTicket(row: TicketRow): TicketRecord {
  return {
    ticketId: row.ticket_id,
    kioskId: row.kiosk_id,
    officeId: row.office_id,
    businessDay: row.business_day,
    serviceId: row.service_id,
    displayNumber: row.display_number,
    lineOrder: row.line_order,
    kind: row.kind,
    language: row.language,
    statusToken: row.status_token,
    status: row.status,
    counterNumber: row.counter_number,
    aheadAtIssue: row.ahead_at_issue,
    estimateAtIssue: row.estimate_at_issue === null ? null : waitEstimateSchema.parse(JSON.parse(row.estimate_at_issue)),
    updatedAt: row.updated_at,
  };
}
