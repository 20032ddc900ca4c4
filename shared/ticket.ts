import { z } from 'zod';

/** A ticket's life: waiting → called → serving → done, or no_show / cancelled on the way. */
export const ticketStatuses = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** A ticket as counters, boards and tests see it: no contact details, ever. */
export const ticketViewSchema = z.object({
  id: z.string(),
  displayNumber: z.string(),
  serviceId: z.string(),
  status: z.enum(ticketStatuses),
  priority: z.boolean(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  counterNumber: z.number().int().nullable(),
  recallCount: z.number().int().nonnegative(),
});
export type TicketView = z.infer<typeof ticketViewSchema>;
