import { z } from 'zod';
import { waitEstimateSchema } from '../../../shared/waitEstimate';
import { languageSchema, localizedTextSchema } from '../../../shared/office';

/** update: the forecast moved materially since the resident was last told (forecastUpdates.ts). */
export const messageKinds = ['issued', 'approaching', 'update', 'called'] as const;
export type MessageKind = (typeof messageKinds)[number];

const common = { officeName: localizedTextSchema, displayNumber: z.string(), language: languageSchema };

/** What a message says, fixed when it is decided; never the phone number, which stays sealed in contacts. */
export const messageContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('issued'), ...common, peopleAhead: z.number().int().nonnegative(), estimate: waitEstimateSchema }),
  /** `estimate` is absent only from messages decided before approaching carried the forecast. */
  z.object({ kind: z.literal('approaching'), ...common, peopleAhead: z.number().int().nonnegative(), estimate: waitEstimateSchema.optional() }),
  z.object({ kind: z.literal('update'), ...common, peopleAhead: z.number().int().nonnegative(), estimate: waitEstimateSchema }),
  z.object({ kind: z.literal('called'), ...common, counterNumber: z.number().int().nullable() }),
]);
export type MessageContent = z.infer<typeof messageContentSchema>;
