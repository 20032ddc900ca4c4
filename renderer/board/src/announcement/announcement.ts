import type { Language } from '../../../../shared/language';
import type { LiveEvent } from '../../../../shared/queue';

/** One call to say out loud and flash: a first call or a recall of a ticket to a counter. */
export type Announcement = {
  eventId: number;
  kind: 'call' | 'recall';
  displayNumber: string;
  counterNumber: number;
  /** The language the resident took the ticket in: the call is said in Korean, then in it. */
  language: Language;
};

/** The calls among the live events; everything else only changes what the board shows. */
export function announcementOf(event: LiveEvent): Announcement | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  if (!event.ticket || event.counterNumber === null) return null;
  return {
    eventId: event.id,
    kind: event.type === 'ticket.called' ? 'call' : 'recall',
    displayNumber: event.ticket.displayNumber,
    counterNumber: event.counterNumber,
    language: event.ticket.language ?? 'ko',
  };
}
