import { z } from 'zod';

/** How long a resident will wait: a range of minutes, or unknown rather than a made-up figure. */
export const waitEstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), minMinutes: z.number().int().nonnegative(), maxMinutes: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('unknown') }),
]);
export type WaitEstimate = z.infer<typeof waitEstimateSchema>;
