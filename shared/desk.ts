import { z } from 'zod';
import { languageSchema, localizedTextSchema } from './office';
import { ticketStatuses } from './ticket';

/** Where a paper ticket's print stands; 'uncertain': nobody knows yet whether it came out. */
export const deskPrintStates = ['none', 'pending', 'printed', 'failed', 'uncertain'] as const;

/** A ticket as the ticket desk shows it to staff: state and place, never a phone number. */
export const deskTicketSchema = z.object({
  id: z.string(),
  displayNumber: z.string(),
  serviceId: z.string(),
  serviceName: localizedTextSchema,
  kind: z.enum(['paper', 'mobile']),
  status: z.enum(ticketStatuses),
  print: z.enum(deskPrintStates),
  priority: z.boolean(),
  issuedAt: z.string(),
  counterNumber: z.number().int().nullable(),
  /** Null when the ticket is not in the line (finished, at a counter, or a failed print). */
  peopleAhead: z.number().int().nonnegative().nullable(),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;

export const ticketDeskSchema = z.object({
  businessDay: z.string(),
  /** Today's tickets with the number asked for (several only after a block wrapped). */
  found: z.array(deskTicketSchema),
  /** Paper tickets whose print failed and whose resident may have walked away: staff print them again or cancel them. */
  awaitingDesk: z.array(deskTicketSchema),
  /** Where a ticket may be moved to, and what a priority ticket may be issued for. */
  services: z.array(z.object({ id: z.string(), name: localizedTextSchema })),
  /** Staff closed today by hand: nothing more is issued until the next business day. */
  dayClosed: z.boolean(),
});
export type TicketDesk = z.infer<typeof ticketDeskSchema>;

const ticketIdSchema = z.string().uuid();

export const deskRequests = {
  getTicketDesk: z.object({ displayNumber: z.string().regex(/^\d{0,6}$/, 'a ticket number is digits only') }).strict(),
  ticket: z.object({ ticketId: ticketIdSchema }).strict(),
  move: z.object({ ticketId: ticketIdSchema, serviceId: z.string().min(1).max(64) }).strict(),
  issuePriority: z.object({ serviceId: z.string().min(1).max(64), language: languageSchema }).strict(),
  /** Closing or reopening the day: typed out by the confirmation, so no stray call changes an office's day. */
  dayChange: z.object({ confirm: z.literal(true) }).strict(),
};
