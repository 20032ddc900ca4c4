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

/**
 * A span (minutes from now) in which a desk calls nobody; `toMinutes` Infinity: its closing. Tickets
 * already issued are still served after closing (the office calls everyone who took a ticket before
 * its last-ticket time), by the desks of their line that close last: those keep calling that line
 * past their closing, the others stop.
 */
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

/** A ticket's expected call, or null when no desk for its service is scheduled again today (no plan serves it). */
export interface CallForecast {
  expectedMinutes: number;
  /** Standard deviation of the call minute: desk-time noise pooled over the desks that could call it, plus the shared error of the means. */
  spreadMinutes: number;
}

interface DeskState {
  /** The lines of its services that have anyone waiting; after its closing, only those it is among the last desks of. */
  lines: readonly Line[];
  freeAt: number;
  variance: number;
  /** Sum of the mean errors of the tickets it has taken: they do not average out. */
  sharedError: number;
  breaks: readonly DeskBreak[];
  nextBreak: number;
  /** The lines it is among the last desks of: it keeps calling them after its closing. */
  lastOf: readonly Line[];
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
    lastOf: [],
    retired: false,
  }));
  markLastDesks(desks);
  desks.forEach(skipBreaks);
  // Recounted only when a desk closes.
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
    const linesBefore = desk.lines;
    skipBreaks(desk);
    if (desk.lines !== linesBefore) countPools();
  }
  return forecasts;
}

const closingOf = (desk: DeskState): number => desk.breaks.find((pause) => pause.toMinutes === Infinity)?.fromMinutes ?? Infinity;

/** Gives each desk the lines no desk closes later than it does. */
function markLastDesks(desks: DeskState[]): void {
  const lastClosing = new Map<Line, number>();
  for (const desk of desks) for (const line of desk.lines) lastClosing.set(line, Math.max(lastClosing.get(line) ?? -Infinity, closingOf(desk)));
  for (const desk of desks) desk.lastOf = desk.lines.filter((line) => lastClosing.get(line) === closingOf(desk));
}

/**
 * A desk free inside a break returns at its end. One free after its closing calls only the lines it
 * is among the last desks of, with no break after; with none, it is done for the day.
 */
function skipBreaks(desk: DeskState): void {
  while (desk.nextBreak < desk.breaks.length) {
    const pause = desk.breaks[desk.nextBreak];
    if (desk.freeAt < pause.fromMinutes) return;
    desk.nextBreak += 1;
    if (pause.toMinutes === Infinity) {
      desk.lines = desk.lastOf;
      desk.nextBreak = desk.breaks.length;
      desk.retired = desk.lines.length === 0;
      return;
    }
    if (desk.freeAt < pause.toMinutes) desk.freeAt = pause.toMinutes;
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
