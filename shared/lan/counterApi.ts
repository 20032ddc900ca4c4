import { z } from 'zod';
import { counterStates, counterViewSchema } from '../counter';
import { boardSoundSchema, localizedTextSchema } from '../office';
import { officeAlertSchema } from '../officeAlerts';
import { serviceQueueSchema } from '../queue';
import { ticketViewSchema } from '../ticket';

/**
 * The kiosk's LAN API for counter terminals and display boards: request and response bodies.
 * The LAN server validates every body against these; the words they are made of (tickets,
 * counters, queue events, wait estimates) live in shared/ by domain.
 */

export const counterStatusSchema = z.object({
  counter: counterViewSchema,
  current: ticketViewSchema.nullable(),
  queues: z.array(serviceQueueSchema),
  /** Today's no-shows of this counter's services, newest first: the ones it may reinstate. */
  noShows: z.array(ticketViewSchema),
  rules: z.object({ recallsBeforeNoShow: z.number().int(), recallMinIntervalSeconds: z.number().int() }),
  /** The kiosk's printer and district-sync problems, so a clerk hears of an empty roll before residents do. */
  alerts: z.array(officeAlertSchema),
});
export type CounterStatus = z.infer<typeof counterStatusSchema>;

export const pairRequestSchema = z.object({ code: z.string().regex(/^\d{6}$/, 'a pairing code is 6 digits') }).strict();
export const pairResponseSchema = z.object({ token: z.string(), counter: counterViewSchema });
export const transferRequestSchema = z.object({ serviceId: z.string().min(1).max(64) }).strict();
export const reinstateRequestSchema = z.object({ ticketId: z.string().uuid() }).strict();
export const counterStateRequestSchema = z.object({ state: z.enum(counterStates) }).strict();
export const emptyRequestSchema = z.object({}).strict();

export const ticketResponseSchema = z.object({ ticket: ticketViewSchema });

export const boardStateSchema = z.object({
  officeName: localizedTextSchema,
  /** The ticket each counter is now calling or serving. */
  nowServing: z.array(z.object({ counterNumber: z.number().int(), displayNumber: z.string(), serviceId: z.string() })),
  /** The last calls and recalls, newest first. */
  recentCalls: z.array(z.object({ eventId: z.number().int(), displayNumber: z.string(), counterNumber: z.number().int(), at: z.string() })),
  queues: z.array(serviceQueueSchema),
  /** The id of the newest event this state includes: subscribe to events after it. */
  lastEventId: z.number().int().nonnegative(),
  /** The office's announcement settings; a change reloads the board's state. */
  sound: boardSoundSchema,
});
export type BoardState = z.infer<typeof boardStateSchema>;
