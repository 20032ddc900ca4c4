import { z } from 'zod';
import { printerStates } from '../printer';
import { dayDeliveriesSchema } from '../statistics';
import { updateStatusSchema } from '../updateStatus';

/**
 * POST /api/v1/heartbeat, `Authorization: Bearer <kioskId>.<secret>`: what district IT needs to
 * see of one kiosk — its version, its printer and paper, its sync backlog, its clock — and nothing
 * about anyone who used it. The server keeps only the latest per kiosk.
 */
export const heartbeatSchema = z
  .object({
    /** The kiosk's clock when it sent this: the server compares it with its own. */
    sentAt: z.string().datetime(),
    /** The app's version as built (package.json), e.g. 1.4.2. */
    appVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a version such as 1.4.2'),
    /** Seconds since the kiosk's core started. */
    uptimeSeconds: z.number().int().nonnegative(),
    printer: z.object({ state: z.enum(printerStates), paperNearEnd: z.boolean() }),
    sync: z.object({
      /** Events waiting to go to the district. */
      backlog: z.number().int().nonnegative(),
      /** When the oldest of them happened (kiosk clock); null when none waits. */
      oldestUnsentAt: z.string().datetime().nullable(),
      /** Events the district refused on their own, kept aside for staff. */
      setAside: z.number().int().nonnegative(),
    }),
    /** The wall clock jumped and staff have not confirmed the new time: the queue keeps its own. */
    clockFault: z.boolean(),
    /** Free bytes on the disk that holds the kiosk's database; null when it cannot be read. */
    diskFreeBytes: z.number().int().nonnegative().nullable(),
    /** The code of the kiosk's last unexpected failure (an error code, never its message) and when. */
    lastError: z.object({ code: z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/), at: z.string().datetime() }).nullable(),
    /** The self-update (a rollback shows here); null without an updater, absent from kiosks older than this field. */
    update: updateStatusSchema.nullable().optional(),
  })
  .strict();
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/**
 * The server's answer to a heartbeat (200): what became of the messages of the kiosk's office, per
 * business day of the recent past that had any, so staff see it in the kiosk's statistics. A server
 * older than this answers 204 without a body.
 */
export const heartbeatAnswerSchema = z.object({
  deliveries: z.array(dayDeliveriesSchema),
});
export type HeartbeatAnswer = z.infer<typeof heartbeatAnswerSchema>;
