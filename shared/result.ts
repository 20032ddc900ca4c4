import { z } from 'zod';
import { errorCodes, type ErrorCode } from './errors';
import { waitingDecisionSchema } from './officeSettings';
import { phoneProblems } from './phoneNumber';
import { closedReasons } from './officeHours';
import { printerStates } from './printer';

/** The IPC envelope: a value, or a failure with its code and what the screen needs to word it. */
export const failureSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  printerState: z.enum(printerStates).optional(),
  phoneProblem: z.enum(phoneProblems).optional(),
  /** A locked-out PIN keypad: when it takes PINs again. */
  retryAfterSeconds: z.number().int().positive().optional(),
  /** Why a new staff PIN was refused. */
  pinProblem: z.enum(['not-digits', 'too-short', 'too-long', 'trivial', 'in-use']).optional(),
  /** A service outside its hours: why, and when it issues again (null: no opening within a year). */
  notOpen: z.object({ reason: z.enum(closedReasons), opensAt: z.string().nullable() }).optional(),
  /** A settings change refused for one field: its path in the office configuration ('services.0.blockStart'). */
  fieldPath: z.string().optional(),
  /** Why a settings change was refused, for the screen to word next to `fieldPath`. */
  settingsProblem: z
    .object({
      kind: z.enum(['invalid', 'day-start-moves-today', 'numbers-of-another-service', 'block-used-up-today', 'counter-serving', 'nobody-serves-waiting', 'move-target']),
      serviceName: z.string().optional(),
      numbers: z.string().optional(),
      counterNumber: z.number().int().optional(),
      waiting: z.number().int().optional(),
    })
    .optional(),
  /** Why an imported settings file was refused. */
  settingsFileProblem: z.enum(['not-settings-file', 'changed-after-export', 'invalid-settings']).optional(),
  /** A settings change that would strand people waiting: the services to decide about. */
  waitingDecisions: z.array(waitingDecisionSchema).optional(),
});
export type Failure = z.infer<typeof failureSchema>;

/** What crosses IPC: thrown errors never do. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, extra: Omit<Failure, 'code' | 'message'> = {}): Envelope<never> {
  return { ok: false, error: { code, message, ...extra } };
}
