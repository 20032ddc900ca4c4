import { z } from 'zod';

/** Manager: everything. Clerk: the ticket desk, pairing counters and the printer's status. */
export const staffRoles = ['manager', 'clerk'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const STAFF_PIN_MIN_DIGITS = 6;
export const STAFF_PIN_MAX_DIGITS = 12;

/** Why a new PIN is refused, for the screen to word. */
export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'trivial';

/** All one digit (000000) or a run up or down (123456, 987654): the first PINs anyone tries. */
function isTrivial(pin: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i += 1) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]);
}

export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < STAFF_PIN_MIN_DIGITS) return 'too-short';
  if (pin.length > STAFF_PIN_MAX_DIGITS) return 'too-long';
  return isTrivial(pin) ? 'trivial' : null;
}

/** A PIN that may be set: 6 to 12 digits, not a trivial one. */
export const newPinSchema = z.string().superRefine((pin, context) => {
  const problem = pinProblem(pin);
  if (problem) context.addIssue({ code: 'custom', message: `the PIN is ${problem === 'trivial' ? 'too easy to guess' : problem.replace('-', ' ')}` });
});

/** What unlock accepts: the demo's 4-digit PIN, and anything a PIN may be set to. */
export const enteredPinSchema = z.string().regex(/^\d{4,12}$/, 'the staff PIN is 4 to 12 digits');

/**
 * Everything staff do is written to the audit log. Details hold numbers, ids and settings, never a
 * resident's phone number or a PIN.
 */
export const auditActions = [
  'setup-completed',
  'unlock',
  'unlock-failed',
  'pairing-failed',
  'pin-changed',
  'lan-switched',
  'pairing-code-created',
  'counter-revoked',
  'test-print',
  'printer-changed',
  'district-changed',
  'district-disconnected',
  'settings-changed',
  'settings-restored',
  'settings-imported',
  'ticket-reprinted',
  'ticket-cancelled',
  'ticket-moved',
  'priority-issued',
  'day-closed',
  'day-reopened',
  'summary-printed',
  'clock-confirmed',
  'logs-exported',
  'audit-exported',
  'settings-exported',
  'statistics-exported',
  'pairing-lockout-lifted',
  'manager-page-lockout-lifted',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who did it: a role, or the kiosk itself (first-run setup before any PIN existed, a failed unlock). */
export const auditActorSchema = z.enum([...staffRoles, 'kiosk']);
export type AuditActor = z.infer<typeof auditActorSchema>;

export const auditEntrySchema = z.object({
  position: z.number().int().positive(),
  at: z.string(),
  actor: auditActorSchema,
  action: z.enum(auditActions),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** What is guessed over the LAN, each with its own lockout: a counter's pairing code, or the manager PIN on the manager page. */
export const lanLockoutSchema = z.enum(['pairing', 'managerPage']);
export type LanLockoutName = z.infer<typeof lanLockoutSchema>;
