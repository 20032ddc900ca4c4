import { z } from 'zod';

export const errorCodes = [
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'UNKNOWN_SERVICE',
  'SERVICE_CLOSED',
  'PRINTER_UNAVAILABLE',
  'TICKET_NOT_FOUND',
  'NOT_REPRINTABLE',
  'NOT_CANCELLABLE',
  'UNKNOWN_COUNTER',
  'COUNTER_NOT_OPEN',
  'QUEUE_EMPTY',
  'NO_CURRENT_TICKET',
  'RECALL_TOO_SOON',
  'NOT_ENOUGH_RECALLS',
  'NOT_REINSTATABLE',
  'STAFF_LOCKED',
  'STAFF_PIN_WRONG',
  'TOO_MANY_ATTEMPTS',
  'LAN_UNAVAILABLE',
  'PHONE_INVALID',
  'MOBILE_DUPLICATE',
  'MOBILE_UNAVAILABLE',
  'CONSENT_REQUIRED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const printerStates = ['ready', 'paper-out', 'cover-open', 'offline', 'no-answer', 'error'] as const;
export type PrinterState = (typeof printerStates)[number];

/** Why a typed phone number is not a Korean mobile number, for the screen to word. */
export const phoneProblems = ['too-short', 'too-long', 'not-mobile', 'invalid-characters'] as const;
export type PhoneProblem = (typeof phoneProblems)[number];

export const failureSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  printerState: z.enum(printerStates).optional(),
  phoneProblem: z.enum(phoneProblems).optional(),
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
