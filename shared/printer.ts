import { z } from 'zod';

export const printerStates = ['ready', 'paper-out', 'cover-open', 'offline', 'no-answer', 'error'] as const;
export type PrinterState = (typeof printerStates)[number];

export const printerStatusSchema = z.object({
  state: z.enum(printerStates),
  paperNearEnd: z.boolean(),
});
export type PrinterStatusView = z.infer<typeof printerStatusSchema>;

const printProblem = z.enum([...printerStates, 'connection-lost', 'timeout']);

/**
 * printed: the printer confirmed it. failed: nothing was sent (the number may be printed again).
 * uncertain: bytes went out and then the link dropped or the printer went quiet or reported a
 * fault: the ticket may be in the tray, so nobody prints it again without asking.
 */
export const printOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('failed'), reason: printProblem }),
  z.object({ status: z.literal('uncertain'), reason: printProblem }),
]);
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;
