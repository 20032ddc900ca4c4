import { setTimeout as sleep } from 'node:timers/promises';
import { kioskContract, type KioskMethod, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { pairResponseSchema, ticketResponseSchema } from '../../shared/lan/counterApi';
import type { TicketView } from '../../shared/ticket';
import { seoulDateTimeParts } from '../../shared/businessDay';
import { weekdays } from '../../shared/office';
import type { Clock } from '../../nodeShared/clock';
import type { KioskCore } from '../../electron/services/kiosk/kioskCore';
import { officeLayouts, seoulInstant, type OfficeDayScenario } from '../../bench/backtest/officeLayouts';
import { seededRandom, type Random } from '../../bench/backtest/seededRandom';
import { staffSchedule } from '../../bench/backtest/staffSchedule';
import { createTimeline } from '../../bench/backtest/timeline';
import { drawVisitors, type Visitor } from '../../bench/backtest/visitors';

/**
 * Training and demo mode: an office day played in real time (at a chosen speed) through the real
 * kiosk. Residents take tickets through the kiosk's own IPC routes — the handlers its screens call —
 * and counters work through the LAN counter API, paired with codes from the staff screen's route,
 * exactly as a counter's browser does. The visitors come from the backtest's generator
 * (bench/backtest), so the demo shows the day the estimates are measured on.
 */

/**
 * The kiosk's clock in the played day: it stands at `startMs` until started, then runs `speed`
 * times faster than the wall clock. Everything the kiosk times runs faster with it, the staff
 * screen's lock and a pairing code's life included.
 */
export interface DayClock extends Clock {
  readonly speed: number;
  /** Starts the clock, or lets it run on after a pause. */
  start(): void;
  /** Holds the clock where it is (the screenshots want a day that stands still). */
  pause(): void;
  /** Real milliseconds until the day's clock reads `atMs`. */
  realDelayUntil(atMs: number): number;
}

export function dayClock(startMs: number, speed: number, wallClock: () => number = Date.now): DayClock {
  let standsAt = startMs;
  let realStart: number | null = null;
  const now = () => (realStart === null ? standsAt : standsAt + (wallClock() - realStart) * speed);
  return {
    speed,
    now,
    start() {
      realStart ??= wallClock();
    },
    pause() {
      standsAt = now();
      realStart = null;
    },
    realDelayUntil: (atMs) => Math.max(0, (atMs - now()) / speed),
  };
}

/**
 * The backtest's mixed-desk office (passports on the seal desk, lunch in turns) on a given Seoul date,
 * keeping its weekday hours on any day: a demo started on a weekend or holiday still plays an open office.
 */
export function officeDayOn(date: string): OfficeDayScenario {
  const mixedDesks = officeLayouts[1];
  const hours = mixedDesks.office.hours;
  const everyDayOpen = hours && { weekly: Object.fromEntries(weekdays.map((day) => [day, hours.weekly.mon])) as typeof hours.weekly, holidays: [] };
  return { ...mixedDesks, office: { ...mixedDesks.office, hours: everyDayOpen }, date };
}

/** The played day's clock starts a little before the office opens, so the first minutes show the opening. */
export function dayStart(scenario: OfficeDayScenario): number {
  return seoulInstant(scenario.date, scenario.opening) - 2 * 60_000;
}

/** What residents do beyond the backtest's needs; stated here, drawn from a stream of their own. */
const RESIDENT_HABITS = {
  /** Residents who choose a mobile ticket where the district server is linked. */
  mobileShare: 0.3,
  /** Residents who left before their call: two recalls, then a no-show. */
  goneShare: 0.05,
  /** Residents who miss the first call and come after one recall. */
  lateShare: 0.1,
  /** Simulated minutes between a call and its recall. */
  recallAfterMinutes: 1,
};

type Fate = 'comes' | 'late' | 'gone';

export interface DayTally {
  paper: number;
  mobile: number;
  notIssued: number;
  called: number;
  recalled: number;
  served: number;
  noShows: number;
}

export interface OfficeDayPlayer {
  tally: DayTally;
  /** Resolves when every visitor of the day was served or stopped. */
  finished: Promise<DayTally>;
  stop(): Promise<void>;
}

export interface OfficeDayOptions {
  core: KioskCore;
  /** http://127.0.0.1:PORT of the kiosk's LAN server. */
  lanBase: string;
  clock: DayClock;
  scenario: OfficeDayScenario;
  /** The staff PIN, to take pairing codes as staff do on the kiosk. */
  staffPin: string;
  /** Whether residents may choose mobile tickets (the kiosk is linked to a district server). */
  mobileTickets: boolean;
  seed?: number;
  /** One line per simulated hour and for anything unexpected; never a phone number. */
  report?: (line: string) => void;
}

class DayStepFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startOfficeDay(options: OfficeDayOptions): Promise<OfficeDayPlayer> {
  const { core, scenario, clock } = options;
  const report = options.report ?? (() => undefined);
  const habits = seededRandom((options.seed ?? 1) + 1_000);
  const visitors = drawVisitors(scenario, seededRandom(options.seed ?? 1));
  const tally: DayTally = { paper: 0, mobile: 0, notIssued: 0, called: 0, recalled: 0, served: 0, noShows: 0 };

  const kiosk = async <M extends KioskMethod>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> => {
    const route = core.routes.get(kioskContract[method].channel);
    if (!route) throw new Error(`The kiosk has no route for ${method}`);
    const answer = await route(request);
    if (!answer.ok) throw new DayStepFailed(answer.error.code, answer.error.message);
    return answer.value as ResponseOf<M>;
  };

  const counterIds = scenario.office.counters.map((counter) => counter.id);
  // Paired while the day's clock stands still: at 600× a pairing code would live one second.
  const tokens = await pairCounters(kiosk, options.lanBase, options.staffPin, counterIds);
  clock.start();
  const counterApi = async (counterId: string, action: string, body: object = {}): Promise<unknown> => {
    const response = await fetch(`${options.lanBase}/api/counter/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(counterId)}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { code?: string; message?: string };
    if (!response.ok) throw new DayStepFailed(answer.code ?? String(response.status), answer.message ?? response.statusText);
    return answer;
  };

  const timeline = createTimeline();
  const visitorOfTicket = new Map<string, { visitor: Visitor; fate: Fate }>();
  const open = new Set<string>();
  const busy = new Set<string>();
  const minutes = (count: number) => count * 60_000;

  const callFrom = async (counterId: string): Promise<void> => {
    let ticket: TicketView;
    try {
      ticket = ticketResponseSchema.parse(await counterApi(counterId, 'call-next')).ticket;
    } catch (error) {
      if (error instanceof DayStepFailed && (error.code === 'QUEUE_EMPTY' || error.code === 'COUNTER_NOT_OPEN')) return;
      throw error;
    }
    busy.add(counterId);
    tally.called += 1;
    const resident = visitorOfTicket.get(ticket.id);
    // A ticket someone took at the kiosk by hand: they come at once and take a few minutes.
    const { visitor, fate } = resident ?? { visitor: { walkUpMinutes: 0.5, serviceMinutes: 4 } as Visitor, fate: 'comes' as Fate };
    const recallAt = (after: number) => clock.now() + minutes(after * RESIDENT_HABITS.recallAfterMinutes);
    const finish = async (action: 'complete' | 'no-show') => {
      await counterApi(counterId, action);
      if (action === 'complete') tally.served += 1;
      else tally.noShows += 1;
      busy.delete(counterId);
      if (open.has(counterId)) await callFrom(counterId);
    };
    const recall = async () => {
      await counterApi(counterId, 'recall');
      tally.recalled += 1;
    };
    if (fate === 'gone') {
      timeline.at(recallAt(1), recall);
      timeline.at(recallAt(2), recall);
      timeline.at(recallAt(3), () => finish('no-show'));
      return;
    }
    const arrivesAt = fate === 'late' ? recallAt(1) + minutes(visitor.walkUpMinutes) : clock.now() + minutes(visitor.walkUpMinutes);
    if (fate === 'late') timeline.at(recallAt(1), recall);
    timeline.at(arrivesAt, () => counterApi(counterId, 'start'));
    timeline.at(arrivesAt + minutes(visitor.serviceMinutes), () => finish('complete'));
  };

  let residents = 0;
  const arrive = async (visitor: Visitor): Promise<void> => {
    residents += 1;
    const fate: Fate = pickFate(habits);
    const mobile = options.mobileTickets && habits.next() < RESIDENT_HABITS.mobileShare;
    try {
      const { ticket } = mobile
        ? await kiosk('issueMobileTicket', { serviceId: visitor.serviceId, language: 'ko', phone: madeUpPhone(residents), consented: true })
        : await kiosk('issueTicket', { serviceId: visitor.serviceId, kind: 'paper', language: 'ko' });
      tally[mobile ? 'mobile' : 'paper'] += 1;
      visitorOfTicket.set(ticket.id, { visitor, fate });
    } catch (error) {
      if (!(error instanceof DayStepFailed)) throw error;
      // A printer fault played from the printer's preview page, a service closed for the day: the resident goes home.
      tally.notIssued += 1;
      report(`A resident got no ticket: ${error.code}`);
      return;
    }
    const idle = scenario.office.counters.find((c) => open.has(c.id) && !busy.has(c.id) && c.serviceIds.includes(visitor.serviceId));
    if (idle) await callFrom(idle.id);
  };

  // The queue at the door takes its tickets when the kiosk starts issuing, at the opening.
  const openingMs = seoulInstant(scenario.date, scenario.opening);
  for (const visitor of visitors) timeline.at(Math.max(visitor.arrivesAtMs, openingMs), () => arrive(visitor));
  for (const change of staffSchedule(scenario, seededRandom((options.seed ?? 1) + 2_000))) {
    timeline.at(change.atMs, async () => {
      await counterApi(change.counterId, 'state', { state: change.state });
      if (change.state !== 'open') open.delete(change.counterId);
      else if (!open.has(change.counterId)) {
        open.add(change.counterId);
        if (!busy.has(change.counterId)) await callFrom(change.counterId);
      }
    });
  }
  const firstHour = Math.ceil(clock.now() / 3_600_000) * 3_600_000;
  const lastArrival = visitors.at(-1)?.arrivesAtMs ?? clock.now();
  for (let hour = firstHour; hour <= lastArrival + 3_600_000; hour += 3_600_000) {
    timeline.at(hour, () => report(`${seoulDateTimeParts(hour).time} ${describe(tally)}`));
  }

  const stopping = new AbortController();
  const finished = (async () => {
    for (let next = timeline.next(); next && !stopping.signal.aborted; next = timeline.next()) {
      const delay = clock.realDelayUntil(next.atMs);
      if (delay > 0) await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
      if (stopping.signal.aborted) break;
      try {
        await next.action();
      } catch (error) {
        report(`A step of the day failed: ${(error as Error).message}`);
      }
    }
    return tally;
  })();
  return {
    tally,
    finished,
    async stop() {
      stopping.abort();
      await finished;
    },
  };
}

export function describe(tally: DayTally): string {
  return (
    `${tally.paper + tally.mobile} tickets (${tally.mobile} mobile), ${tally.called} called, ${tally.recalled} recalls, ` +
    `${tally.served} served, ${tally.noShows} no-shows${tally.notIssued ? `, ${tally.notIssued} got no ticket` : ''}`
  );
}

function pickFate(random: Random): Fate {
  const draw = random.next();
  if (draw < RESIDENT_HABITS.goneShare) return 'gone';
  return draw < RESIDENT_HABITS.goneShare + RESIDENT_HABITS.lateShare ? 'late' : 'comes';
}

/** 010-0000-xxxx: a block no carrier assigns, so no real person gets the demo's messages. */
function madeUpPhone(resident: number): string {
  return `0100000${String(resident % 10_000).padStart(4, '0')}`;
}

type KioskCall = <M extends KioskMethod>(method: M, request: RequestOf<M>) => Promise<ResponseOf<M>>;

/** As staff do: unlock the staff screen, take a pairing code per counter, redeem it from the counter's "browser", lock. */
async function pairCounters(kiosk: KioskCall, lanBase: string, staffPin: string, counterIds: readonly string[]): Promise<Map<string, string>> {
  await kiosk('unlockStaff', { pin: staffPin });
  const tokens = new Map<string, string>();
  try {
    for (const counterId of counterIds) {
      const { code } = await kiosk('createPairingCode', { counterId });
      const response = await fetch(`${lanBase}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      if (!response.ok) throw new Error(`Pairing counter ${counterId} failed: ${response.status} ${await response.text()}`);
      tokens.set(counterId, pairResponseSchema.parse(await response.json()).token);
    }
  } finally {
    await kiosk('lockStaff', {});
  }
  return tokens;
}
