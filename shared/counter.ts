import { z } from 'zod';

export const counterStates = ['open', 'paused', 'closed'] as const;
export type CounterState = (typeof counterStates)[number];

export const counterViewSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  serviceIds: z.array(z.string()),
  state: z.enum(counterStates),
});
export type CounterView = z.infer<typeof counterViewSchema>;
