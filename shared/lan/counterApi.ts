import { z } from 'zod';
import { localizedTextSchema } from '../office';

/**
 * The kiosk's LAN API for counter terminals and display boards: request and response bodies,
 * and the live events pushed to them. The LAN server validates every body against these.
 */

export const counterStates = ['open', 'paused', 'closed'] as const;
export const ticketStatuses = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;

export const waitEstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), minMinutes: z.number().int().nonnegative(), maxMinutes: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('unknown') }),
]);
export type WaitEstimate = z.infer<typeof waitEstimateSchema>;

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

export const counterViewSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  serviceIds: z.array(z.string()),
  state: z.enum(counterStates),
});
export type CounterView = z.infer<typeof counterViewSchema>;

export const serviceQueueSchema = z.object({
  serviceId: z.string(),
  name: localizedTextSchema,
  waiting: z.number().int().nonnegative(),
  estimate: waitEstimateSchema,
});
export type ServiceQueue = z.infer<typeof serviceQueueSchema>;

export const counterStatusSchema = z.object({
  counter: counterViewSchema,
  current: ticketViewSchema.nullable(),
  queues: z.array(serviceQueueSchema),
  /** Today's no-shows of this counter's services, newest first: the ones it may reinstate. */
  noShows: z.array(ticketViewSchema),
  rules: z.object({ recallsBeforeNoShow: z.number().int(), recallMinIntervalSeconds: z.number().int() }),
});
export type CounterStatus = z.infer<typeof counterStatusSchema>;

export const pairRequestSchema = z.object({ code: z.string().regex(/^\d{6}$/, 'a pairing code is 6 digits') }).strict();
export const pairResponseSchema = z.object({ token: z.string(), counter: counterViewSchema });
export const transferRequestSchema = z.object({ serviceId: z.string().min(1).max(64) }).strict();
export const reinstateRequestSchema = z.object({ ticketId: z.string().uuid() }).strict();
export const counterStateRequestSchema = z.object({ state: z.enum(counterStates) }).strict();
export const emptyRequestSchema = z.object({}).strict();

export const ticketResponseSchema = z.object({ ticket: ticketViewSchema });

export const apiErrorSchema = z.object({ code: z.string(), message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;

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
] as const;

/** One change of the queue, in the order it happened; `id` grows by one per event and is the SSE event id. */
export const liveEventSchema = z.object({
  id: z.number().int().positive(),
  type: z.enum(liveEventTypes),
  at: z.string(),
  ticket: z.object({ id: z.string(), displayNumber: z.string(), serviceId: z.string() }).nullable(),
  counterNumber: z.number().int().nullable(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

export const boardStateSchema = z.object({
  officeName: localizedTextSchema,
  /** The ticket each counter is now calling or serving. */
  nowServing: z.array(z.object({ counterNumber: z.number().int(), displayNumber: z.string(), serviceId: z.string() })),
  /** The last calls and recalls, newest first. */
  recentCalls: z.array(z.object({ eventId: z.number().int(), displayNumber: z.string(), counterNumber: z.number().int(), at: z.string() })),
  queues: z.array(serviceQueueSchema),
  /** The id of the newest event this state includes: subscribe to events after it. */
  lastEventId: z.number().int().nonnegative(),
});
export type BoardState = z.infer<typeof boardStateSchema>;
