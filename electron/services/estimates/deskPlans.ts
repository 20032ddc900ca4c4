import { SEOUL_OFFSET_MS } from '../../../shared/businessDay';
import { weekdays, type ClockTime, type CounterConfig, type DayHours, type OfficeConfig } from '../../../shared/office';
import { remainingDeskTime } from './deskTimes';
import type { DeskBreak, DeskPlan, DeskTime } from './forwardPass';

export type DeskState = 'open' | 'paused' | 'closed';

/** A desk as it is now: its switch, and the ticket it has called, if any. */
export interface DeskNow {
  counter: CounterConfig;
  state: DeskState;
  current: { serviceId: string; calledAtMs: number } | null;
}

/** A paused desk outside its lunch is assumed back after this long: a short errand, not the day's end. */
const SHORT_PAUSE_MINUTES = 10;
/** A desk still closed this long after its opening time is taken to open any moment; later, to stay closed today. */
const LATE_OPENING_GRACE_MINUTES = 15;
/** A desk that pauses this close before its lunch has gone to lunch early. */
const EARLY_LUNCH_MINUTES = 15;
const DAY_MS = 24 * 60 * 60_000;

/**
 * When each desk can call next and the breaks it will take, from its switch and its schedule: the
 * desk's own opening, lunch turn and early closing, else the office's hours of the day. A desk
 * with no known return (closed after its opening time, or after its closing) gets no plan:
 * it calls nobody else today.
 */
export function planDesks(office: OfficeConfig, desks: readonly DeskNow[], deskTimes: ReadonlyMap<string, DeskTime>, nowMs: number): DeskPlan[] {
  const day = officeDayOf(office, nowMs);
  return desks.flatMap((desk) => {
    const plan = planDesk(desk, day, deskTimes, nowMs);
    return plan ? [plan] : [];
  });
}

interface OfficeDay {
  /** The instant of 00:00 Seoul of today. */
  midnightMs: number;
  /** Today's office hours; undefined when the office keeps none (always open) or is closed today. */
  hours: DayHours | undefined;
}

function officeDayOf(office: OfficeConfig, nowMs: number): OfficeDay {
  const midnightShifted = Math.floor((nowMs + SEOUL_OFFSET_MS) / DAY_MS) * DAY_MS;
  const date = new Date(midnightShifted);
  const hours = office.hours;
  const closedToday = !hours || hours.holidays.includes(date.toISOString().slice(0, 10));
  return {
    midnightMs: midnightShifted - SEOUL_OFFSET_MS,
    hours: closedToday ? undefined : (hours.weekly[weekdays[(date.getUTCDay() + 6) % 7]] ?? undefined),
  };
}

function planDesk(desk: DeskNow, day: OfficeDay, deskTimes: ReadonlyMap<string, DeskTime>, nowMs: number): DeskPlan | null {
  const minutesFromNow = (time: ClockTime | undefined): number | undefined =>
    time === undefined ? undefined : (day.midnightMs + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000 - nowMs) / 60_000;
  const opensIn = minutesFromNow(desk.counter.opensAt ?? day.hours?.open);
  const closesIn = minutesFromNow(desk.counter.closesAt);
  const lunchSpan = desk.counter.lunch ?? day.hours?.lunch;
  const lunch = lunchSpan ? { fromMinutes: minutesFromNow(lunchSpan.start) ?? 0, toMinutes: minutesFromNow(lunchSpan.end) ?? 0 } : undefined;
  const atLunch = lunch !== undefined && lunch.fromMinutes - EARLY_LUNCH_MINUTES <= 0 && lunch.toMinutes > 0;
  const afterClosing = closesIn !== undefined && closesIn <= 0;

  let freeAt: { meanMinutes: number; varianceMinutes2: number };
  if (desk.state === 'open') {
    freeAt = currentTicketRest(desk, deskTimes, nowMs);
  } else if (afterClosing) {
    return null;
  } else if (atLunch) {
    freeAt = { meanMinutes: lunch.toMinutes, varianceMinutes2: 0 };
  } else if (opensIn !== undefined && opensIn > -LATE_OPENING_GRACE_MINUTES) {
    freeAt = { meanMinutes: Math.max(0, opensIn), varianceMinutes2: 0 };
  } else if (desk.state === 'paused') {
    freeAt = { meanMinutes: SHORT_PAUSE_MINUTES, varianceMinutes2: SHORT_PAUSE_MINUTES ** 2 / 4 };
  } else {
    return null;
  }

  const breaks: DeskBreak[] = [];
  // Staff finish the resident at the desk before going to lunch, so a desk still open early in its
  // lunch turn goes once free and returns at the turn's end. One still open past the turn's middle
  // has taken it earlier, or skips it today.
  if (lunch && lunch.toMinutes > 0 && -lunch.fromMinutes < (lunch.toMinutes - lunch.fromMinutes) / 2) breaks.push(lunch);
  if (closesIn !== undefined && closesIn > 0) breaks.push({ fromMinutes: closesIn, toMinutes: Infinity });
  return { serviceIds: desk.counter.serviceIds, freeAtMinutes: freeAt.meanMinutes, freeAtVariance: freeAt.varianceMinutes2, breaks };
}

function currentTicketRest(desk: DeskNow, deskTimes: ReadonlyMap<string, DeskTime>, nowMs: number): { meanMinutes: number; varianceMinutes2: number } {
  const time = desk.current && deskTimes.get(desk.current.serviceId);
  if (!desk.current || !time) return { meanMinutes: 0, varianceMinutes2: 0 };
  return remainingDeskTime(time, (nowMs - desk.current.calledAtMs) / 60_000);
}
