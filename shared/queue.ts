import { z } from 'zod';
import { languageSchema, localizedTextSchema } from './office';
import { waitEstimateSchema } from './waitEstimate';

/** One service's line: how many wait and how long the next one will. */
export const serviceQueueSchema = z.object({
  serviceId: z.string(),
  name: localizedTextSchema,
  waiting: z.number().int().nonnegative(),
  estimate: waitEstimateSchema,
});
export type ServiceQueue = z.infer<typeof serviceQueueSchema>;

export const liveEventTypes = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.serving',
  'ticket.completed',
  'ticket.no-show',
  'ticket.reinstated',
  'ticket.transferred',
  'ticket.cancelled',
  'counter.state',
  /** Staff saved new office settings: pages reload what they show (services, counters, names). */
  'office.changed',
] as const;

/** One change of the queue, in the order it happened; `id` grows by one per event and is the SSE event id. */
export const liveEventSchema = z.object({
  id: z.number().int().positive(),
  type: z.enum(liveEventTypes),
  at: z.string(),
  /** `language` (the resident's, for the board's second announcement) comes with calls and recalls. */
  ticket: z.object({ id: z.string(), displayNumber: z.string(), serviceId: z.string(), language: languageSchema.optional() }).nullable(),
  counterNumber: z.number().int().nullable(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
