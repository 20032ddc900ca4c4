/**
 * Plays the office forward from now with the real calling policy and mean desk times: every desk,
 * when free, calls the next ticket of its own services (tickets past the starvation limit first,
 * priority first within each group, then issue order), and takes its breaks between residents. One pass gives
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
  /** The lines of its services that have anyone waiting. */
  lines: readonly Line[];
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
  time: DeskTime;
  /** How many desks still call it: the spread of a call pools over them. */
  desks: number;
  normal: number[];
  normalHead: number;
  priority: number[];
  priorityHead: number;
  /** The ticket last taken off it. */
  taken: number;
}

const NO_TIME: DeskTime = { meanMinutes: 0, varianceMinutes2: 0, meanErrorMinutes: 0 };

export function forecastCalls(input: ForecastInput): (CallForecast | null)[] {
  const forecasts: (CallForecast | null)[] = new Array<CallForecast | null>(input.waiting.length).fill(null);
  const lines = new Map<string, Line>();
  input.waiting.forEach((ticket, index) => {
    let line = lines.get(ticket.serviceId);
    if (!line) {
      line = { time: input.deskTimes.get(ticket.serviceId) ?? NO_TIME, desks: 0, normal: [], normalHead: 0, priority: [], priorityHead: 0, taken: -1 };
      lines.set(ticket.serviceId, line);
    }
    (ticket.priority ? line.priority : line.normal).push(index);
  });
  const desks: DeskState[] = input.desks.map((d) => ({
    lines: d.serviceIds.flatMap((id) => lines.get(id) ?? []),
    freeAt: d.freeAtMinutes,
    variance: d.freeAtVariance,
    sharedError: 0,
    breaks: d.breaks,
    nextBreak: 0,
    retired: false,
  }));
  desks.forEach(skipBreaks);
  // Recounted only when a desk retires.
  const countPools = () => {
    for (const line of lines.values()) line.desks = 0;
    for (const desk of desks) if (!desk.retired) for (const line of desk.lines) line.desks += 1;
  };
  countPools();
  for (let remaining = input.waiting.length; remaining > 0; remaining -= 1) {
    const desk = earliestDeskWithWork(desks);
    if (!desk) break;
    const line = nextTicketFor(desk, input.waiting, desk.freeAt, input.starvationMinutes);
    const index = line.taken;
    forecasts[index] = {
      expectedMinutes: desk.freeAt,
      spreadMinutes: Math.sqrt(desk.variance / Math.max(1, line.desks) + desk.sharedError * desk.sharedError),
    };
    if (index === input.untilIndex) break;
    desk.freeAt += line.time.meanMinutes;
    desk.variance += line.time.varianceMinutes2;
    desk.sharedError += line.time.meanErrorMinutes;
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

function earliestDeskWithWork(desks: readonly DeskState[]): DeskState | undefined {
  let best: DeskState | undefined;
  for (const desk of desks) {
    if (desk.retired || (best && desk.freeAt >= best.freeAt)) continue;
    if (desk.lines.some(hasWaiting)) best = desk;
  }
  return best;
}

function hasWaiting(line: Line): boolean {
  return line.normalHead < line.normal.length || line.priorityHead < line.priority.length;
}

/**
 * callNext's order: a ticket past the starvation limit before fresher ones, priority first within
 * each group, then issue order. Takes it off its line.
 */
function nextTicketFor(desk: DeskState, waiting: readonly WaitingTicket[], at: number, starvationMinutes: number): Line {
  let oldestNormal: Line | undefined;
  let firstPriority: Line | undefined;
  for (const line of desk.lines) {
    if (line.normalHead < line.normal.length && (!oldestNormal || line.normal[line.normalHead] < oldestNormal.normal[oldestNormal.normalHead])) oldestNormal = line;
    if (line.priorityHead < line.priority.length && (!firstPriority || line.priority[line.priorityHead] < firstPriority.priority[firstPriority.priorityHead]))
      firstPriority = line;
  }
  // No closures here: this runs once per waiting ticket.
  const normalStarved = oldestNormal !== undefined && waiting[oldestNormal.normal[oldestNormal.normalHead]].waitedMinutes + at >= starvationMinutes;
  const priorityStarved = firstPriority !== undefined && waiting[firstPriority.priority[firstPriority.priorityHead]].waitedMinutes + at >= starvationMinutes;
  if (firstPriority && (priorityStarved || !normalStarved)) {
    firstPriority.taken = firstPriority.priority[firstPriority.priorityHead++];
    return firstPriority;
  }
  // Some line has a waiting ticket (the caller checked), so it has a normal one here.
  if (!oldestNormal) throw new Error('nextTicketFor: no waiting ticket for this desk');
  oldestNormal.taken = oldestNormal.normal[oldestNormal.normalHead++];
  return oldestNormal;
}
