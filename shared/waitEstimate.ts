import { z } from 'zod';

/** How long a resident will wait: a range of minutes, or unknown rather than a made-up figure. */
export const waitEstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), minMinutes: z.number().int().nonnegative(), maxMinutes: z.number().int().nonnegative() }),
  /** 'no-counter-today': no desk for the service is scheduled for the rest of the day. */
  z.object({ kind: z.literal('unknown'), reason: z.enum(['no-counter-today']).optional() }),
]);
export type WaitEstimate = z.infer<typeof waitEstimateSchema>;
