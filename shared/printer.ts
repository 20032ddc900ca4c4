import { z } from 'zod';

export const printerStates = ['ready', 'paper-out', 'cover-open', 'offline', 'no-answer', 'error'] as const;
export type PrinterState = (typeof printerStates)[number];

export const printerStatusSchema = z.object({
  state: z.enum(printerStates),
  paperNearEnd: z.boolean(),
});
export type PrinterStatusView = z.infer<typeof printerStatusSchema>;

export const printOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({
    status: z.literal('failed'),
    reason: z.enum([...printerStates, 'connection-lost', 'timeout']),
  }),
]);
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;
