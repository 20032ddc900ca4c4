import { SEOUL_OFFSET_MS } from './businessDay';
import { weekdays, type ClockTime, type DayHours, type OfficeHours } from './office';

export const closedReasons = ['before-opening', 'lunch', 'after-closing', 'last-ticket-passed', 'closed-weekday', 'holiday', 'day-closed'] as const;
export type ClosedReason = (typeof closedReasons)[number];

/** Whether a service issues tickets now, and if not, why and when it next does (null: no opening within a year). */
export type Availability = { open: true } | { open: false; reason: ClosedReason; opensAt: string | null };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const DAYS_SEARCHED = 370;

function minutesOf(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

interface SeoulDay {
  date: string;
  /** The instant of 00:00 Seoul on that date. */
  midnightMs: number;
  weekdayIndex: number;
}

function seoulDayOf(instantMs: number): SeoulDay {
  const shifted = instantMs + SEOUL_OFFSET_MS;
  const midnightShifted = Math.floor(shifted / DAY_MS) * DAY_MS;
  const asDate = new Date(midnightShifted);
  return {
    date: asDate.toISOString().slice(0, 10),
    midnightMs: midnightShifted - SEOUL_OFFSET_MS,
    // getUTCDay: 0 is Sunday; `weekdays` starts on Monday.
    weekdayIndex: (asDate.getUTCDay() + 6) % 7,
  };
}

/** The issuing window of one Seoul day for a service, in minutes after midnight; null when it does not issue that day. */
function issuingWindow(hours: OfficeHours, day: SeoulDay, lastTicketTime: ClockTime | undefined): { day: DayHours; from: number; until: number } | null {
  if (hours.holidays.includes(day.date)) return null;
  const dayHours = hours.weekly[weekdays[day.weekdayIndex]];
  if (!dayHours) return null;
  const from = minutesOf(dayHours.open);
  const until = Math.min(minutesOf(dayHours.close), lastTicketTime ? minutesOf(lastTicketTime) : Infinity);
  return until > from ? { day: dayHours, from, until } : null;
}

function nextOpening(hours: OfficeHours, afterDay: SeoulDay, lastTicketTime: ClockTime | undefined): string | null {
  for (let offset = 1; offset <= DAYS_SEARCHED; offset += 1) {
    // Noon of the following day never crosses a date line, whatever the rounding.
    const day = seoulDayOf(afterDay.midnightMs + offset * DAY_MS + DAY_MS / 2);
    const window = issuingWindow(hours, day, lastTicketTime);
    if (window) return new Date(day.midnightMs + window.from * MINUTE_MS).toISOString();
  }
  return null;
}

/**
 * Whether a service may issue a ticket at `instantMs`: office hours, the lunch break, holidays and the
 * service's last-ticket time. Without configured hours the office is always open.
 */
export function serviceAvailability(hours: OfficeHours | undefined, lastTicketTime: ClockTime | undefined, instantMs: number): Availability {
  if (!hours) return { open: true };
  const today = seoulDayOf(instantMs);
  const minute = Math.floor((instantMs - today.midnightMs) / MINUTE_MS);
  const closed = (reason: ClosedReason, opensAt: string | null): Availability => ({ open: false, reason, opensAt });
  const atToday = (minutes: number) => new Date(today.midnightMs + minutes * MINUTE_MS).toISOString();

  if (hours.holidays.includes(today.date)) return closed('holiday', nextOpening(hours, today, lastTicketTime));
  const window = issuingWindow(hours, today, lastTicketTime);
  if (!window) return closed('closed-weekday', nextOpening(hours, today, lastTicketTime));
  if (minute < window.from) return closed('before-opening', atToday(window.from));
  if (minute >= window.until) {
    const reason = minute < minutesOf(window.day.close) ? 'last-ticket-passed' : 'after-closing';
    return closed(reason, nextOpening(hours, today, lastTicketTime));
  }
  const lunch = window.day.lunch;
  if (lunch && minute >= minutesOf(lunch.start) && minute < minutesOf(lunch.end)) {
    const reopens = minutesOf(lunch.end);
    return closed('lunch', reopens < window.until ? atToday(reopens) : nextOpening(hours, today, lastTicketTime));
  }
  return { open: true };
}

/** The instant a business day ('YYYY-MM-DD') starts, at `startHour` Seoul time. */
export function businessDayStartMs(businessDay: string, startHour: number): number {
  return Date.parse(`${businessDay}T00:00:00Z`) - SEOUL_OFFSET_MS + startHour * 60 * MINUTE_MS;
}

/** Staff closed today by hand: the service opens again at its first opening of a later business day. */
export function afterDayClosed(hours: OfficeHours | undefined, lastTicketTime: ClockTime | undefined, businessDay: string, startHour: number): Availability {
  const nextDayStartMs = businessDayStartMs(businessDay, startHour) + DAY_MS;
  const then = serviceAvailability(hours, lastTicketTime, nextDayStartMs);
  return { open: false, reason: 'day-closed', opensAt: then.open ? new Date(nextDayStartMs).toISOString() : then.opensAt };
}

/** Weekdays 09:00–18:00 with a 12:00–13:00 lunch break, weekends closed: what a new office starts from. */
export const typicalOfficeHours: OfficeHours = {
  weekly: {
    mon: { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } },
    tue: { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } },
    wed: { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } },
    thu: { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } },
    fri: { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } },
    sat: null,
    sun: null,
  },
  holidays: [],
};
