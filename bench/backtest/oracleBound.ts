import { firstToCall } from '../../electron/services/queue/callOrder';
import type { OfficeAtIssue } from './simulateDay';
import type { Random } from './seededRandom';
import { doneAtMs, pauseBeforeNextCallMs, servingAtMs } from './staffHabits';
import { createTimeline } from './timeline';
import { drawCase, drawVisitors, type Visitor } from './visitors';

/**
 * The feasibility bound: what the best possible forecast could show a resident, given everything
 * the generator knows the instant the ticket is issued. Each future starts from the office's true
 * state (who waits, in which order, with which priority; which desks are open, busy or about to stop;
 * the rest of the day's TRUE desk switches, drift included) and draws only what is still to happen
 * from the generator's own distributions: the needs of everyone waiting (heavy tail, no-show,
 * walk-up), the pauses between residents and the residents still to come. Desks call by the queue's
 * own order (callOrder.ts) and handle residents as the day's replay does (staffHabits.ts).
 *
 * Two oracles differ only in the residents already at the desks: `atDesk: 'true'` knows how long
 * each will really take; `'observed'` knows what could be seen (called when, at the counter yet or
 * not, a no-show or not) and draws the rest from the true distribution, conditioned on it. Both know
 * more than any forecast at issue can (staff's real timetable, the true distributions), so no
 * estimator can do better than either.
 */

const MINUTE = 60_000;

interface WaitingInFuture {
  lineOrder: number;
  priority: boolean;
  issuedAtMs: number;
  serviceId: string;
  visitor: Omit<Visitor, 'arrivesAtMs' | 'serviceId'>;
}

export type AtDesk = 'true' | 'observed';

/** One future of the office from the instant of issue: the minutes until the new ticket is called. */
export function oneFutureWait(office: OfficeAtIssue, random: Random, atDesk: AtDesk): number {
  const { scenario, nowMs } = office;
  const counters = scenario.office.counters;
  const starvationMs = scenario.office.calling.starvationMinutes * MINUTE;
  const open = new Set(office.open);
  const busy = new Set(office.busy);
  const stopping = new Map(office.stopping);
  const line = office.waiting();
  const waiting: WaitingInFuture[] = line.map((t, lineOrder) => ({
    lineOrder,
    priority: t.priority,
    issuedAtMs: t.issuedAtMs,
    serviceId: t.visitor.serviceId,
    visitor: { ...drawCase(scenario, random, t.visitor.serviceId), priority: t.priority },
  }));
  const target = waiting[line.findIndex((t) => t.ticketId === office.ticketId)];
  if (!target) throw new Error(`Ticket ${office.ticketId} is not waiting at its issue`);
  const timeline = createTimeline();
  let now = nowMs;
  let calledAtMs: number | undefined;

  const callFrom = (counterId: string): void => {
    if (!open.has(counterId) || busy.has(counterId)) return;
    const serviceIds = counters.find((c) => c.id === counterId)?.serviceIds ?? [];
    const next = firstToCall(waiting.filter((t) => serviceIds.includes(t.serviceId)).map((t) => ({ ...t, starved: t.issuedAtMs <= now - starvationMs })));
    if (!next) return;
    waiting.splice(waiting.findIndex((t) => t.lineOrder === next.lineOrder), 1);
    if (next.lineOrder === target.lineOrder) {
      calledAtMs = now;
      return;
    }
    busy.add(counterId);
    timeline.at(doneAtMs({ ...next.visitor, arrivesAtMs: next.issuedAtMs, serviceId: next.serviceId }, now), () => finish(counterId));
  };
  const finish = (counterId: string): void => {
    busy.delete(counterId);
    if (stopping.delete(counterId)) {
      open.delete(counterId);
      return;
    }
    timeline.at(now + pauseBeforeNextCallMs(random), () => callFrom(counterId));
  };
  const issue = (serviceId: string, lineOrder: number, visitor: WaitingInFuture['visitor']): void => {
    waiting.push({ lineOrder, priority: visitor.priority, issuedAtMs: now, serviceId, visitor });
    const idle = counters.find((c) => open.has(c.id) && !busy.has(c.id) && c.serviceIds.includes(serviceId));
    if (idle) callFrom(idle.id);
  };

  for (const counterId of office.busy) {
    const current = office.atDesk.get(counterId);
    if (!current) continue;
    const visitor = atDesk === 'true' ? current.visitor : redrawAtDesk(office, current, random);
    timeline.at(doneAtMs(visitor, current.calledAtMs), () => finish(counterId));
  }
  for (const [counterId, atMs] of office.callsAt) timeline.at(atMs, () => callFrom(counterId));
  for (const change of office.laterSwitches) {
    timeline.at(change.atMs, () => {
      if (change.state === 'open') {
        stopping.delete(change.counterId);
        open.add(change.counterId);
        callFrom(change.counterId);
      } else if (busy.has(change.counterId)) stopping.set(change.counterId, change.state);
      else open.delete(change.counterId);
    });
  }
  // Residents still to come, one event at a time: most futures end long before the day does.
  const comers = drawVisitors(scenario, random).filter((v) => v.arrivesAtMs > nowMs);
  let comer = 0;
  const nextComer = (): void => {
    const visitor = comers[comer];
    if (!visitor) return;
    const lineOrder = line.length + comer++;
    timeline.at(visitor.arrivesAtMs, () => {
      issue(visitor.serviceId, lineOrder, visitor);
      nextComer();
    });
  };
  nextComer();

  // The issue itself: an idle desk of the line calls at once.
  const idle = counters.find((c) => open.has(c.id) && !busy.has(c.id) && c.serviceIds.includes(target.serviceId));
  if (idle) callFrom(idle.id);
  for (let event = timeline.next(); calledAtMs === undefined && event; event = timeline.next()) {
    now = event.atMs;
    event.action();
  }
  if (calledAtMs === undefined) throw new Error(`Ticket ${office.ticketId} is never called in this future`);
  return (calledAtMs - nowMs) / MINUTE;
}

/** What the best forecast could show for one ticket: its true conditional wait distribution, sampled. */
export interface OracleTicket {
  /** The futures' waits, sorted. */
  waits: number[];
  median: number;
  /** The shortest interval holding `coverage` of the futures. */
  low: number;
  high: number;
}

/**
 * The resident at a desk as the office could see them: a no-show is recalled within 0.4 min, so
 * whether they left counts as seen; once at the counter their walk-up is seen, and their time at the
 * desk is drawn from the true distribution given that it has lasted until now (by rejection; after
 * 1,000 rejections, the true one).
 */
function redrawAtDesk(office: OfficeAtIssue, current: { visitor: Visitor; calledAtMs: number }, random: Random): Visitor {
  const { visitor, calledAtMs } = current;
  if (visitor.leaves) return visitor;
  const atCounter = servingAtMs(visitor, calledAtMs) <= office.nowMs;
  for (let tries = 0; tries < 1_000; tries += 1) {
    const drawn = drawCase(office.scenario, random, visitor.serviceId);
    const candidate = { ...visitor, walkUpMinutes: atCounter ? visitor.walkUpMinutes : drawn.walkUpMinutes, serviceMinutes: drawn.serviceMinutes };
    const consistent = atCounter ? doneAtMs(candidate, calledAtMs) > office.nowMs : servingAtMs(candidate, calledAtMs) > office.nowMs;
    if (consistent) return candidate;
  }
  return visitor;
}

export function oracleTicket(office: OfficeAtIssue, random: Random, futures: number, coverage: number, atDesk: AtDesk): OracleTicket {
  // The line is read once: every future starts from the same one.
  const line = office.waiting();
  const atIssue: OfficeAtIssue = { ...office, waiting: () => line };
  const waits = Array.from({ length: futures }, () => oneFutureWait(atIssue, random, atDesk)).sort((a, b) => a - b);
  const { low, high } = shortestInterval(waits, coverage);
  return { waits, median: quantile(waits, 0.5), low, high };
}

/** The shortest [low, high] holding at least `coverage` of the sorted sample. */
export function shortestInterval(sorted: readonly number[], coverage: number): { low: number; high: number } {
  const span = Math.max(1, Math.ceil(coverage * sorted.length)) - 1;
  let best = { low: sorted[0], high: sorted[span] };
  for (let i = 1; i + span < sorted.length; i += 1) if (sorted[i + span] - sorted[i] < best.high - best.low) best = { low: sorted[i], high: sorted[i + span] };
  return best;
}

/** The largest share of the sorted sample any interval of `width` holds. */
export function mostHeldBy(sorted: readonly number[], width: number): number {
  let most = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && sorted[end] - sorted[start] <= width) end += 1;
    most = Math.max(most, end - start);
  }
  return most / sorted.length;
}

/**
 * The least median width any estimator could show while `coverage` of true waits fall inside,
 * even one that shows half the residents an endless range (which holds them all) to narrow the
 * other half: the smallest width w (to `step` minutes) at which the half of the tickets whose
 * conditional distribution a w-wide interval holds best, plus the other half held whole, reach
 * `coverage` in expectation.
 */
export function leastMedianWidth(tickets: readonly OracleTicket[], coverage: number, step = 0.25): number {
  const narrow = Math.ceil(tickets.length / 2);
  for (let width = 0; ; width += step) {
    const held = tickets.map((t) => mostHeldBy(t.waits, width)).sort((a, b) => b - a);
    const inside = (held.slice(0, narrow).reduce((sum, h) => sum + h, 0) + (tickets.length - narrow)) / tickets.length;
    if (inside >= coverage) return width;
  }
}

export function quantile(sorted: readonly number[], share: number): number {
  const at = share * (sorted.length - 1);
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below);
}
