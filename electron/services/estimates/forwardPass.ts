/**
 * Plays the office forward from now with the real calling policy and mean desk times: every desk,
 * when free, calls the next ticket of its own services (a normal ticket past the starvation limit
 * first, then priority, then issue order), and takes its breaks between residents. One pass gives
 * every waiting ticket the minute it is expected to be called and how uncertain that minute is.
 * Times are minutes from now.
 */

/** How long a desk is taken by one ticket of a service: from the call until it can call again. */
export interface DeskTime {
  meanMinutes: number;
  /** Spread of one ticket's desk time around the mean. */
  varianceMinutes2: number;
  /** Standard error of the mean itself: an error every ticket of the service shares. */
  meanErrorMinutes: number;
}

/** A span (minutes from now) in which a desk calls nobody; `toMinutes` Infinity: it is done for the day. */
export interface DeskBreak {
  fromMinutes: number;
  toMinutes: number;
}

export interface DeskPlan {
  serviceIds: readonly string[];
  /** When it can next call: 0 when free now, the expected rest of its current resident, or when it opens or returns. */
  freeAtMinutes: number;
  freeAtVariance: number;
  /** Later breaks, in time order: lunch, an early closing. */
  breaks: readonly DeskBreak[];
}

export interface WaitingTicket {
  serviceId: string;
  priority: boolean;
  /** Minutes since it was issued (for the starvation limit). */
  waitedMinutes: number;
}

export interface ForecastInput {
  desks: readonly DeskPlan[];
  /** In call order among equals: issue order (rowid). */
  waiting: readonly WaitingTicket[];
  deskTimes: ReadonlyMap<string, DeskTime>;
  starvationMinutes: number;
  /** Stop once this ticket (an index into `waiting`) is called; the rest are left unforecast. */
  untilIndex?: number;
}

/** A ticket's expected call, or null when no desk for its service is scheduled again today. */
export interface CallForecast {
  expectedMinutes: number;
  /** Standard deviation of the call minute: desk-time noise pooled over the desks that could call it, plus the shared error of the means. */
  spreadMinutes: number;
}

interface DeskState {
  serviceIds: readonly string[];
  freeAt: number;
  variance: number;
  /** Sum of the mean errors of the tickets it has taken: they do not average out. */
  sharedError: number;
  breaks: readonly DeskBreak[];
  nextBreak: number;
  retired: boolean;
}

/** One service's waiting tickets in issue order, split by kind, each read from its head. */
interface Line {
  normal: number[];
  normalHead: number;
  priority: number[];
  priorityHead: number;
}

export function forecastCalls(input: ForecastInput): (CallForecast | null)[] {
  const forecasts: (CallForecast | null)[] = new Array<CallForecast | null>(input.waiting.length).fill(null);
  const lines = new Map<string, Line>();
  input.waiting.forEach((ticket, index) => {
    let line = lines.get(ticket.serviceId);
    if (!line) lines.set(ticket.serviceId, (line = { normal: [], normalHead: 0, priority: [], priorityHead: 0 }));
    (ticket.priority ? line.priority : line.normal).push(index);
  });
  const desks: DeskState[] = input.desks.map((d) => ({
    serviceIds: d.serviceIds.filter((id) => lines.has(id)),
    freeAt: d.freeAtMinutes,
    variance: d.freeAtVariance,
    sharedError: 0,
    breaks: d.breaks,
    nextBreak: 0,
    retired: false,
  }));
  desks.forEach(skipBreaks);
  // How many desks still call each service: the spread of a call pools over them. Recounted only when a desk retires.
  const poolSizes = new Map<string, number>();
  const countPools = () => {
    poolSizes.clear();
    for (const desk of desks) if (!desk.retired) for (const id of desk.serviceIds) poolSizes.set(id, (poolSizes.get(id) ?? 0) + 1);
  };
  countPools();
  for (let remaining = input.waiting.length; remaining > 0; remaining -= 1) {
    const desk = earliestDeskWithWork(desks, lines);
    if (!desk) break;
    const index = nextTicketFor(desk, lines, input.waiting, desk.freeAt, input.starvationMinutes);
    const serviceId = input.waiting[index].serviceId;
    forecasts[index] = {
      expectedMinutes: desk.freeAt,
      spreadMinutes: Math.sqrt(desk.variance / Math.max(1, poolSizes.get(serviceId) ?? 0) + desk.sharedError * desk.sharedError),
    };
    if (index === input.untilIndex) break;
    const time = input.deskTimes.get(serviceId) ?? { meanMinutes: 0, varianceMinutes2: 0, meanErrorMinutes: 0 };
    desk.freeAt += time.meanMinutes;
    desk.variance += time.varianceMinutes2;
    desk.sharedError += time.meanErrorMinutes;
    skipBreaks(desk);
    if (desk.retired) countPools();
  }
  return forecasts;
}

/** A desk free inside a break returns at its end; one free after its closing is done for the day. */
function skipBreaks(desk: DeskState): void {
  while (desk.nextBreak < desk.breaks.length) {
    const pause = desk.breaks[desk.nextBreak];
    if (desk.freeAt < pause.fromMinutes) return;
    desk.nextBreak += 1;
    if (desk.freeAt < pause.toMinutes) {
      if (pause.toMinutes === Infinity) {
        desk.retired = true;
        return;
      }
      desk.freeAt = pause.toMinutes;
    }
  }
}

function earliestDeskWithWork(desks: DeskState[], lines: ReadonlyMap<string, Line>): DeskState | undefined {
  let best: DeskState | undefined;
  for (const desk of desks) {
    if (desk.retired || (best && desk.freeAt >= best.freeAt)) continue;
    if (desk.serviceIds.some((id) => hasWaiting(lines.get(id)))) best = desk;
  }
  return best;
}

function hasWaiting(line: Line | undefined): boolean {
  return line !== undefined && (line.normalHead < line.normal.length || line.priorityHead < line.priority.length);
}

/** callNext's order: a normal ticket past the starvation limit, then priority, then issue order. */
function nextTicketFor(desk: DeskState, lines: ReadonlyMap<string, Line>, waiting: readonly WaitingTicket[], at: number, starvationMinutes: number): number {
  let oldestNormal: { line: Line; index: number } | undefined;
  let firstPriority: { line: Line; index: number } | undefined;
  for (const serviceId of desk.serviceIds) {
    const line = lines.get(serviceId);
    if (!line) continue;
    const normal = line.normal[line.normalHead];
    const priority = line.priority[line.priorityHead];
    if (normal !== undefined && (!oldestNormal || normal < oldestNormal.index)) oldestNormal = { line, index: normal };
    if (priority !== undefined && (!firstPriority || priority < firstPriority.index)) firstPriority = { line, index: priority };
  }
  const starved = oldestNormal && waiting[oldestNormal.index].waitedMinutes + at >= starvationMinutes;
  if (firstPriority && !starved) {
    firstPriority.line.priorityHead += 1;
    return firstPriority.index;
  }
  // Some line has a waiting ticket (the caller checked), so one of the two exists.
  const taken = oldestNormal ?? firstPriority;
  if (!taken) throw new Error('nextTicketFor: no waiting ticket for this desk');
  if (taken === oldestNormal) taken.line.normalHead += 1;
  else taken.line.priorityHead += 1;
  return taken.index;
}
