import type { TicketRecord } from '../store/districtStore';

/** A mobile ticket as the district server keeps it, waiting at a Gangnam office's passport desk; tests override what they are about. */
export function testTicketRecord(overrides: Partial<TicketRecord> = {}): TicketRecord {
  return {
    ticketId: 'ticket-1',
    kioskId: 'kiosk-1',
    officeId: 'gangnam',
    businessDay: '2026-03-02',
    serviceId: 'passport',
    displayNumber: '1001',
    lineOrder: 1,
    kind: 'mobile',
    language: 'ko',
    statusToken: 'token-token-token-token-1',
    status: 'waiting',
    counterNumber: null,
    aheadAtIssue: null,
    estimateAtIssue: null,
    told: null,
    updatedAt: '2026-03-02T01:00:00.000Z',
    ...overrides,
  };
}
