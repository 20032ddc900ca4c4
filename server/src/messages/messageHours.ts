import { businessDayOf, seoulDateTimeParts } from '../../../shared/businessDay';
import type { TicketRecord } from '../store/districtStore';

/**
 * The night rule: messages go out between `from` and `until` (Seoul "HH:MM"; 08:00–21:00 by
 * default, when Korean carriers and Kakao expect no informational traffic either). Outside them
 * only a ticket that is live — of today's business day, still waiting or being called — gets its
 * message: the resident is in the office right now.
 */
export interface MessageHours {
  from: string;
  until: string;
  /** Seoul hour at which a business day starts, to tell today's tickets from yesterday's, in an office whose kiosks did not say their own. */
  dayStartHour: number;
}

export const defaultMessageHours = { from: '08:00', until: '21:00' };

export function isWithinMessageHours(hours: MessageHours, nowMs: number): boolean {
  const { time } = seoulDateTimeParts(nowMs);
  return hours.from <= hours.until ? time >= hours.from && time < hours.until : time >= hours.from || time < hours.until;
}

/**
 * True when the night rule keeps a message back now; the ticket is already known to still want it.
 * "Today" is the ticket's office's business day, by the start hour its kiosks sent (`officeDayStartHour`).
 */
export async function nightRuleHolds(
  hours: MessageHours | null | undefined,
  ticket: TicketRecord,
  nowMs: number,
  officeDayStartHour: (officeId: string) => Promise<number | null | undefined>,
): Promise<boolean> {
  if (!hours || isWithinMessageHours(hours, nowMs)) return false;
  return ticket.businessDay !== businessDayOf(nowMs, (await officeDayStartHour(ticket.officeId)) ?? hours.dayStartHour);
}
