import type { TicketView } from '../../../shared/ticket';
import type { OfficeConfig } from '../../../shared/office';
import type { TicketRow } from './tickets';

export function counterNumberOf(office: OfficeConfig, counterId: string | null): number | null {
  return office.counters.find((c) => c.id === counterId)?.number ?? null;
}

export function toTicketView(office: OfficeConfig, row: TicketRow): TicketView {
  return {
    id: row.id,
    displayNumber: row.display_number,
    serviceId: row.service_id,
    status: row.status === 'called' && row.serving_started_at_ms !== null ? 'serving' : row.status,
    priority: row.priority === 1,
    issuedAt: row.issued_at,
    calledAt: row.called_at_ms === null ? null : new Date(row.called_at_ms).toISOString(),
    counterNumber: counterNumberOf(office, row.counter_id),
    recallCount: row.recall_count,
  };
}
