import type { WaitEstimate } from '../../shared/waitEstimate';
import { openDatabase } from '../../electron/services/database/openDatabase';
import { KioskError } from '../../electron/services/kioskError';
import { callNext, completeService, setCounterState, startServing } from '../../electron/services/queue/calling';
import { issueTicket } from '../../electron/services/issuing/issueTicket';
import type { QueueContext } from '../../electron/services/queue/queueContext';
import { getTicket } from '../../electron/services/queue/tickets';
import { settableClock } from '../../nodeShared/clock';
import { seoulInstant, type OfficeDayScenario } from './officeDay';
import { seededRandom } from './seededRandom';
import { createTimeline } from './timeline';
import { drawVisitors, type Visitor } from './visitors';

/** One ticket of the day: what the kiosk showed at issue, and what then happened according to the database. */
export interface SimulatedTicket {
  serviceId: string;
  estimate: WaitEstimate;
  trueWaitMinutes: number;
}

/**
 * Replays one office day through the real queue (issueTicket, callNext, startServing,
 * completeService, setCounterState) on an in-memory database, with the clock set to each event.
 * Counters call the next ticket as soon as they are free and open; a counter that pauses
 * finishes its current resident first. The day runs until every ticket has been called.
 */
export function simulateDay(scenario: OfficeDayScenario, seed: number): SimulatedTicket[] {
  const db = openDatabase(':memory:');
  try {
    const clock = settableClock(seoulInstant(scenario.date, '08:00'));
    const ctx: QueueContext = { db, office: () => scenario.office, clock };
    const timeline = createTimeline();
    const visitorOfTicket = new Map<string, Visitor>();
    const estimates = new Map<string, WaitEstimate>();
    const open = new Set<string>();
    const busy = new Set<string>();

    const callFrom = (counterId: string): void => {
      let ticketId: string;
      try {
        ticketId = callNext(ctx, counterId).id;
      } catch (error) {
        if (error instanceof KioskError && error.code === 'QUEUE_EMPTY') return;
        throw error;
      }
      busy.add(counterId);
      const visitor = lookUp(visitorOfTicket, ticketId);
      const servingAtMs = clock.now() + visitor.walkUpMinutes * 60_000;
      timeline.at(servingAtMs, () => startServing(ctx, counterId));
      timeline.at(servingAtMs + visitor.serviceMinutes * 60_000, () => {
        completeService(ctx, counterId);
        busy.delete(counterId);
        if (open.has(counterId)) callFrom(counterId);
      });
    };

    for (const visitor of drawVisitors(scenario, seededRandom(seed))) {
      timeline.at(visitor.arrivesAtMs, () => {
        const { ticket } = issueTicket(db, scenario.office, clock, { serviceId: visitor.serviceId, kind: 'paper', language: 'ko' });
        visitorOfTicket.set(ticket.id, visitor);
        estimates.set(ticket.id, ticket.estimate);
        const idleCounter = scenario.office.counters.find((c) => open.has(c.id) && !busy.has(c.id) && c.serviceIds.includes(visitor.serviceId));
        if (idleCounter) callFrom(idleCounter.id);
      });
    }
    for (const change of scenario.counterSchedule) {
      timeline.at(seoulInstant(scenario.date, change.at), () => {
        setCounterState(ctx, change.counterId, change.state);
        if (change.state !== 'open') open.delete(change.counterId);
        else if (!open.has(change.counterId)) {
          open.add(change.counterId);
          if (!busy.has(change.counterId)) callFrom(change.counterId);
        }
      });
    }
    timeline.run(clock);

    // The estimates were taken as the tickets were issued: their order is issue order.
    const rows = [...estimates.keys()].map((id) => getTicket(db, id));
    return rows.map((row) => {
      if (row.called_at_ms === null) throw new Error(`Ticket ${row.id} was never called: the scenario leaves no counter open for ${row.service_id}`);
      return { serviceId: row.service_id, estimate: lookUp(estimates, row.id), trueWaitMinutes: (row.called_at_ms - row.issued_at_ms) / 60_000 };
    });
  } finally {
    db.close();
  }
}

function lookUp<T>(map: ReadonlyMap<string, T>, ticketId: string): T {
  const value = map.get(ticketId);
  if (value === undefined) throw new Error(`Ticket ${ticketId} was not issued by the simulation`);
  return value;
}
