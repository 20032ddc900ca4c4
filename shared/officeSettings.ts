import { z } from 'zod';
import { officeConfigSchema } from './office';
import { auditActorSchema } from './staff';

/**
 * What happens to the people already waiting for a service that a settings change removes or
 * turns off: moved to another service's line (keeping their place by issue time), or served first
 * (the service stays on its counters, turned off, until its line is empty).
 */
export const waitingPlanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), toServiceId: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('serve') }).strict(),
]);
export type WaitingPlan = z.infer<typeof waitingPlanSchema>;

/** Per service id that is removed or turned off while people wait for it. */
export const waitingPlansSchema = z.record(z.string().min(1).max(64), waitingPlanSchema);
export type WaitingPlans = z.infer<typeof waitingPlansSchema>;

/** A service a change would leave people waiting for, and how many: the manager decides what happens to them. */
export const waitingDecisionSchema = z.object({ serviceId: z.string(), waiting: z.number().int().positive() });
export type WaitingDecision = z.infer<typeof waitingDecisionSchema>;

export const officeVersionReasons = ['setup', 'change', 'restore', 'import'] as const;

/** One saved state of the office settings; the newest is the one in force. */
export const officeVersionSchema = z.object({
  version: z.number().int().positive(),
  savedAt: z.string(),
  actor: auditActorSchema,
  reason: z.enum(officeVersionReasons),
  /** Restores name the version they brought back. */
  restoredFrom: z.number().int().positive().optional(),
});
export type OfficeVersion = z.infer<typeof officeVersionSchema>;

export const OFFICE_SETTINGS_FILE_FORMAT = 'sunbeon-office-settings';

/**
 * The file a kiosk exports its settings to and a second kiosk imports: the office configuration
 * (no PINs, no district credentials, no personal data) with a SHA-256 tag over its content, so a
 * damaged or hand-edited file is refused rather than half applied.
 */
export const officeSettingsFileSchema = z
  .object({
    format: z.literal(OFFICE_SETTINGS_FILE_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    office: officeConfigSchema,
    integrity: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  })
  .strict();
export type OfficeSettingsFile = z.infer<typeof officeSettingsFileSchema>;
