import type { CounterStatus } from '../../../shared/lan/counterApi';
import type { TicketView } from '../../../shared/ticket';

/** A counter status for tests: counter 3, open, serving resident services, nobody at the desk. */
export function testStatus(patch: Partial<CounterStatus> = {}): CounterStatus {
  return {
    counter: { id: 'c3', number: 3, serviceIds: ['resident', 'seal'], state: 'open' },
    current: null,
    queues: [
      { serviceId: 'resident', name: { ko: '주민등록', en: 'Resident registration' }, waiting: 4, estimate: { kind: 'range', minMinutes: 10, maxMinutes: 15 } },
      { serviceId: 'seal', name: { ko: '인감', en: 'Seal certificate' }, waiting: 0, estimate: { kind: 'unknown' } },
    ],
    noShows: [],
    rules: { recallsBeforeNoShow: 2, recallMinIntervalSeconds: 10 },
    alerts: [],
    ...patch,
  };
}

export function testTicket(patch: Partial<TicketView> = {}): TicketView {
  return {
    id: '5b0c1f7e-4a8e-4d2a-9a51-3c2f0e7b9d10',
    displayNumber: '1023',
    serviceId: 'resident',
    status: 'called',
    priority: false,
    issuedAt: '2026-03-02T00:10:00.000Z',
    calledAt: '2026-03-02T00:40:00.000Z',
    counterNumber: 3,
    recallCount: 0,
    ...patch,
  };
}
