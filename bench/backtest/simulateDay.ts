import type { WaitEstimate } from '../../shared/waitEstimate';
import type { CounterConfig } from '../../shared/office';
import { openDatabase, type Database } from '../../electron/services/database/openDatabase';
import { KioskError } from '../../electron/services/kioskError';
import { callNext, completeService, markNoShow, recall, setCounterState, startServing } from '../../electron/services/queue/calling';
import { issueTicket } from '../../electron/services/issuing/issueTicket';
import { currentBusinessDay, type QueueContext } from '../../electron/services/queue/queueContext';
import { ticketRows } from '../../electron/services/queue/ticketRows';
import { getTicket } from '../../electron/services/queue/tickets';
import { waitForecastRows } from '../../electron/services/estimates/waitForecastRows';
import { settableClock } from '../../nodeShared/clock';
import { baselineRange } from './baselines';
import { seoulInstant, type OfficeDayScenario } from './officeLayouts';
import { seededRandom } from './seededRandom';
import { doneAtMs, pauseBeforeNextCallMs, RECALLS_AFTER_MINUTES, servingAtMs } from './staffHabits';
import { staffSchedule, type DeskSwitch } from './staffSchedule';
import { createTimeline } from './timeline';
import { drawVisitors, type Visitor } from './visitors';

/** One ticket of the day: what the kiosk and the two baselines showed at issue, and what then happened according to the database. */
export interface SimulatedTicket {
  serviceId: string;
  /** Minutes after the office opened (negative: before). */
  issuedMinute: number;
  estimate: WaitEstimate;
  /** People ahead × the day's mean service time ÷ open desks. */
  aheadBaseline: WaitEstimate;
  /** The wait of the line's last called ticket. */
  lastCalledBaseline: WaitEstimate;
  trueWaitMinutes: number;
  /** What the forward pass expected at issue, before calibration (minutes to the call, and its spread); null when the ticket was told "unknown". */
  forecastAtIssue: { expectedMinutes: number; spreadMinutes: number } | null;
}

/**
 * The office as the generator has it the instant a ticket is issued, before an idle desk calls it:
 * what the feasibility bound (oracleBound.ts) plays its futures from. Read it during the call only:
 * the day goes on changing the same sets and maps.
 */
export interface OfficeAtIssue {
  scenario: OfficeDayScenario;
  nowMs: number;
  ticketId: string;
  /** Every ticket waiting, the new one included, in issue order, with the resident behind it. */
  waiting(): { ticketId: string; issuedAtMs: number; priority: boolean; visitor: Visitor }[];
  open: ReadonlySet<string>;
  busy: ReadonlySet<string>;
  stopping: ReadonlyMap<string, 'paused' | 'closed'>;
  /** The resident each desk called last, and when (current for the busy desks). */
  atDesk: ReadonlyMap<string, { visitor: Visitor; calledAtMs: number }>;
  /** Open desks between two residents: when they call next. */
  callsAt: ReadonlyMap<string, number>;
  /** The desk switches still to come, at the times staff will really make them. */
  laterSwitches: readonly DeskSwitch[];
}

const MINUTE = 60_000;
/** The days replayed before the scored one draw their residents from seeds this far apart from it. */
const YESTERDAY_SEEDS = 10_000;

function dateBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 24 * 60 * MINUTE).toISOString().slice(0, 10);
}

/**
 * Replays one office day through the real queue (issueTicket, callNext, startServing, recall,
 * markNoShow, completeService, setCounterState) on an in-memory database, with the clock set to
 * each event. Staff follow their desk's schedule with a few minutes' drift (staffSchedule), finish
 * the resident at the desk before a break, pause a moment between residents, and keep serving
 * after closing time until the queue is empty. With `daysBefore`, that many earlier days of the
 * same office (other residents) are replayed first on the same database, as a kiosk in use has
 * them: past days' desk times are part of what it knows; only the last day is scored.
 */
export function simulateDay(scenario: OfficeDayScenario, seed: number, daysBefore = 0, atIssue?: (office: OfficeAtIssue) => void): SimulatedTicket[] {
  const db = openDatabase(':memory:');
  try {
    for (let back = daysBefore; back >= 1; back -= 1) replayDay(db, { ...scenario, date: dateBefore(scenario.date, back) }, seed + YESTERDAY_SEEDS * back);
    return replayDay(db, scenario, seed, atIssue);
  } finally {
    db.close();
  }
}

function replayDay(db: Database, scenario: OfficeDayScenario, seed: number, atIssue?: (office: OfficeAtIssue) => void): SimulatedTicket[] {
  const random = seededRandom(seed);
  const openingMs = seoulInstant(scenario.date, scenario.opening);
  const clock = settableClock(openingMs - 60 * MINUTE);
  const ctx: QueueContext = { db, office: () => scenario.office, clock };
  const timeline = createTimeline();
  const visitorOfTicket = new Map<string, Visitor>();
  const shown = new Map<string, Omit<SimulatedTicket, 'trueWaitMinutes' | 'forecastAtIssue'>>();
  const open = new Set<string>();
  const busy = new Set<string>();
  /** Desks that stop (pause or close) once their current resident is done. */
  const stopping = new Map<string, 'paused' | 'closed'>();
  const serviceMinutesDone = new Map<string, number[]>();
  const lastCalledWait = new Map<string, number>();
  const issuedAt = new Map<string, number>();
  /** The resident each desk called last, and when (what the bound's futures start from). */
  const atDesk = new Map<string, { visitor: Visitor; calledAtMs: number }>();
  /** Open desks between two residents: when they call next. */
  const callsAt = new Map<string, number>();

  const finishAt = (counter: CounterConfig) => {
    busy.delete(counter.id);
    const stop = stopping.get(counter.id);
    if (stop) {
      stopping.delete(counter.id);
      open.delete(counter.id);
      setCounterState(ctx, counter.id, stop);
      return;
    }
    const callAtMs = clock.now() + pauseBeforeNextCallMs(random);
    callsAt.set(counter.id, callAtMs);
    timeline.at(callAtMs, () => {
      if (callsAt.get(counter.id) === callAtMs) callsAt.delete(counter.id);
      callFrom(counter);
    });
  };

  const callFrom = (counter: CounterConfig): void => {
    if (!open.has(counter.id) || busy.has(counter.id)) return;
    let ticketId: string;
    try {
      ticketId = callNext(ctx, counter.id).id;
    } catch (error) {
      if (error instanceof KioskError && error.code === 'QUEUE_EMPTY') return;
      throw error;
    }
    busy.add(counter.id);
    const visitor = lookUp(visitorOfTicket, ticketId);
    lastCalledWait.set(visitor.serviceId, (clock.now() - lookUp(issuedAt, ticketId)) / MINUTE);
    const calledAtMs = clock.now();
    atDesk.set(counter.id, { visitor, calledAtMs });
    if (visitor.leaves) {
      for (const after of RECALLS_AFTER_MINUTES) timeline.at(calledAtMs + after * MINUTE, () => recall(ctx, counter.id));
      timeline.at(doneAtMs(visitor, calledAtMs), () => {
        markNoShow(ctx, counter.id);
        finishAt(counter);
      });
      return;
    }
    const skipsButton = scenario.skipsServingButton.includes(counter.id);
    if (!skipsButton) timeline.at(servingAtMs(visitor, calledAtMs), () => startServing(ctx, counter.id));
    timeline.at(doneAtMs(visitor, calledAtMs), () => {
      completeService(ctx, counter.id);
      const measuredFromMs = skipsButton ? calledAtMs : servingAtMs(visitor, calledAtMs);
      serviceMinutesDone.set(visitor.serviceId, [...(serviceMinutesDone.get(visitor.serviceId) ?? []), (clock.now() - measuredFromMs) / MINUTE]);
      finishAt(counter);
    });
  };

  const issue = (visitor: Visitor): void => {
    let ticket;
    try {
      ({ ticket } = issueTicket(db, scenario.office, clock, { serviceId: visitor.serviceId, kind: 'paper', language: 'ko', priority: visitor.priority }));
    } catch (error) {
      // A kiosk that keeps office hours issues from the opening: the queue at the door takes its tickets then.
      if (error instanceof KioskError && clock.now() < openingMs) return timeline.at(openingMs, () => issue(visitor));
      throw error;
    }
    visitorOfTicket.set(ticket.id, visitor);
    issuedAt.set(ticket.id, clock.now());
    const deskCounters = scenario.office.counters.filter((c) => open.has(c.id) && c.serviceIds.includes(visitor.serviceId));
    const done = serviceMinutesDone.get(visitor.serviceId) ?? [];
    const meanServiceMinutes = done.length > 0 ? done.reduce((a, b) => a + b, 0) / done.length : serviceDefault(scenario, visitor.serviceId);
    const lastWait = lastCalledWait.get(visitor.serviceId);
    shown.set(ticket.id, {
      serviceId: visitor.serviceId,
      issuedMinute: (clock.now() - openingMs) / MINUTE,
      estimate: ticket.estimate,
      aheadBaseline: deskCounters.length === 0 ? { kind: 'unknown' } : baselineRange((ticket.peopleAhead * meanServiceMinutes) / deskCounters.length),
      lastCalledBaseline: lastWait === undefined ? { kind: 'unknown' } : baselineRange(lastWait),
    });
    atIssue?.({
      scenario,
      nowMs: clock.now(),
      ticketId: ticket.id,
      waiting: () =>
        ticketRows(db)
          .waitingOfDay(currentBusinessDay(ctx))
          .map((row) => ({ ticketId: row.id, issuedAtMs: row.issued_at_ms, priority: row.priority === 1, visitor: lookUp(visitorOfTicket, row.id) })),
      open,
      busy,
      stopping,
      atDesk,
      callsAt,
      laterSwitches: switches.filter((change) => Math.round(change.atMs) > clock.now()),
    });
    const idle = scenario.office.counters.find((c) => open.has(c.id) && !busy.has(c.id) && c.serviceIds.includes(visitor.serviceId));
    if (idle) callFrom(idle);
  };

  for (const visitor of drawVisitors(scenario, random)) timeline.at(visitor.arrivesAtMs, () => issue(visitor));
  const switches = staffSchedule(scenario, random);
  for (const change of switches) {
    const counter = findCounter(scenario, change.counterId);
    timeline.at(change.atMs, () => {
      if (change.state === 'open') {
        stopping.delete(counter.id);
        open.add(counter.id);
        setCounterState(ctx, counter.id, 'open');
        callFrom(counter);
      } else if (busy.has(counter.id)) {
        stopping.set(counter.id, change.state);
      } else {
        open.delete(counter.id);
        setCounterState(ctx, counter.id, change.state);
      }
    });
  }
  timeline.run(clock);

  // The estimates were taken as the tickets were issued: their order is issue order.
  const rows = [...shown.keys()].map((id) => getTicket(db, id));
  return rows.map((row) => {
    if (row.called_at_ms === null) throw new Error(`Ticket ${row.id} was never called: the scenario leaves no counter open for ${row.service_id}`);
    return { ...lookUp(shown, row.id), trueWaitMinutes: (row.called_at_ms - row.issued_at_ms) / MINUTE, forecastAtIssue: waitForecastRows(db).forecastAtIssue(row.id) };
  });
}

function findCounter(scenario: OfficeDayScenario, counterId: string): CounterConfig {
  const counter = scenario.office.counters.find((c) => c.id === counterId);
  if (!counter) throw new Error(`No counter ${counterId} in ${scenario.name}`);
  return counter;
}

function serviceDefault(scenario: OfficeDayScenario, serviceId: string): number {
  return scenario.office.services.find((s) => s.id === serviceId)?.defaultServiceMinutes ?? 5;
}

function lookUp<T>(map: ReadonlyMap<string, T>, ticketId: string): T {
  const value = map.get(ticketId);
  if (value === undefined) throw new Error(`Ticket ${ticketId} was not issued by the simulation`);
  return value;
}
