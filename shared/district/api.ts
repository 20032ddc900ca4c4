import { z } from 'zod';
import { localizedTextSchema, languageSchema } from '../office';
import { liveEventTypes } from '../queue';
import { waitEstimateSchema } from '../waitEstimate';

/**
 * The contract between a kiosk and the district server: the events a kiosk sends from its
 * transactional outbox, and the server's answers. Both sides validate with these schemas.
 */

const ticketRef = { displayNumber: z.string().min(1).max(16), serviceId: z.string().min(1).max(64) };

export const ticketIssuedPayloadSchema = z.object({
  ...ticketRef,
  businessDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The ticket's place in the kiosk's line (issue order); a transfer keeps it. */
  lineOrder: z.number().int().positive(),
  kind: z.enum(['paper', 'mobile']),
  language: languageSchema,
  /** Unguessable: the per-ticket status page is /t/<statusToken>. */
  statusToken: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  /** The range the kiosk showed the resident at issue. */
  estimate: waitEstimateSchema.optional(),
  /** Mobile tickets only, and only in transit: the kiosk stores it encrypted, never in its outbox. */
  contact: z.object({ phone: z.string().regex(/^01[016789]\d{7,8}$/) }).optional(),
});

export const ticketMovedPayloadSchema = z.object({
  ...ticketRef,
  counterNumber: z.number().int().nullable().optional(),
});

/** How many waiting tickets of each line a snapshot forecasts, and of all lines at most. */
export const SNAPSHOT_FORECASTS_PER_LINE = 25;
export const MAX_SNAPSHOT_FORECASTS = 200;

export const officeSnapshotPayloadSchema = z.object({
  businessDay: z.string(),
  /**
   * The Seoul hour the office's business day starts (its settings), so the district's pages open each
   * office on its own day. Kiosks before stop 15 leave it out: the server then takes SUNBEON_DAY_CLOSE_HOUR's.
   */
  businessDayStartHour: z.number().int().min(0).max(23).optional(),
  officeName: localizedTextSchema,
  services: z.array(z.object({ id: z.string(), name: localizedTextSchema, waiting: z.number().int().nonnegative(), estimate: waitEstimateSchema })),
  /** Counters open per service, for the server's own "approaching" arithmetic. */
  openCounters: z.record(z.string(), z.number().int().nonnegative()),
  /**
   * The kiosk's forecast for the front of each line, [ticketId, minMinutes, maxMinutes], from the
   * same forward pass as the ticket's own estimate: status pages and messages show these. Compact
   * and bounded, so a backlog of snapshots still fits a batch; a ticket left out has no range today
   * (its service's estimate says why) or stands further back (the server scales the line's estimate).
   */
  forecasts: z
    .array(z.tuple([z.string().uuid(), z.number().int().nonnegative(), z.number().int().nonnegative()]))
    .max(MAX_SNAPSHOT_FORECASTS)
    .optional(),
});
export type OfficeSnapshotPayload = z.infer<typeof officeSnapshotPayloadSchema>;

const eventBase = {
  /** Also the idempotency key: a repeated event is acknowledged, never applied twice. */
  eventId: z.string().uuid(),
  /** The kiosk's outbox position: the order events happened in, whatever the clocks say. */
  kioskSequence: z.number().int().positive(),
  /** The kiosk's clock; the server corrects it by the offset it sees at delivery (batch.sentAt). */
  occurredAt: z.string().datetime(),
  ticketId: z.string().uuid().nullable(),
};

/**
 * District-only events of a paper ticket whose print failed: it leaves the line (its resident may
 * have walked away without paper, so nobody counts it ahead of them) and comes back when it is
 * printed again. Counter pages and boards do not see them.
 */
export const printLineEventTypes = ['ticket.print-failed', 'ticket.reprinting'] as const;
export type PrintLineEventType = (typeof printLineEventTypes)[number];

type LiveTicketEventType = Exclude<(typeof liveEventTypes)[number], 'ticket.issued' | 'counter.state' | 'office.changed'>;
type TicketEventType = LiveTicketEventType | PrintLineEventType;
/** The events that move a ticket after it was issued (issued itself carries more, see above). */
export const ticketEventTypes: [TicketEventType, ...TicketEventType[]] = [
  ...printLineEventTypes,
  ...liveEventTypes.filter((type): type is LiveTicketEventType => type !== 'ticket.issued' && type !== 'counter.state' && type !== 'office.changed'),
];

export const kioskEventSchema = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.literal('ticket.issued'), payload: ticketIssuedPayloadSchema }),
  z.object({ ...eventBase, type: z.enum(ticketEventTypes), payload: ticketMovedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('office.snapshot'), payload: officeSnapshotPayloadSchema }),
]);
export type KioskEvent = z.infer<typeof kioskEventSchema>;

export const MAX_EVENTS_PER_BATCH = 500;

/** POST /api/v1/events, `Authorization: Bearer <kioskId>.<secret>`. */
export const eventBatchSchema = z
  .object({
    /** The kiosk's clock when it sent the batch. */
    sentAt: z.string().datetime(),
    events: z.array(kioskEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
  })
  .strict();
export type EventBatch = z.infer<typeof eventBatchSchema>;

export const eventResultSchema = z.object({
  eventId: z.string(),
  /** applied: new; duplicate: seen before with the same body; conflict: same id, different body (rejected). */
  status: z.enum(['applied', 'duplicate', 'conflict']),
});
export const eventBatchResponseSchema = z.object({ results: z.array(eventResultSchema) });
export type EventBatchResponse = z.infer<typeof eventBatchResponseSchema>;

export const congestionLevels = ['한산', '보통', '혼잡', '매우 혼잡'] as const;

/** GET /api/v1/offices/:officeId/status — public, no personal data. */
export const publicOfficeStatusSchema = z.object({
  officeName: localizedTextSchema,
  updatedAt: z.string(),
  services: z.array(
    z.object({
      id: z.string(),
      name: localizedTextSchema,
      waiting: z.number().int(),
      estimate: waitEstimateSchema,
      /** Null when people wait and no counter is open: the estimate says "unknown" and no level is claimed. */
      congestion: z.enum(congestionLevels).nullable(),
    }),
  ),
});

/** GET /api/v1/tickets/:statusToken — public by unguessable link, no personal data. */
export const publicTicketStatusSchema = z.object({
  displayNumber: z.string(),
  serviceName: localizedTextSchema,
  status: z.enum(['waiting', 'called', 'done', 'no_show', 'cancelled']),
  peopleAhead: z.number().int().nonnegative(),
  estimate: waitEstimateSchema,
  counterNumber: z.number().int().nullable(),
});
