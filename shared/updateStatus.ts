import { z } from 'zod';

/** What became of the kiosk's last installed update: kept, rolled back after failed starts, or the installer did not take. */
export const updateOutcomeSchema = z.object({
  kind: z.enum(['confirmed', 'rolled-back', 'install-failed']),
  version: z.string().max(64),
  at: z.string().datetime(),
});
export type UpdateOutcome = z.infer<typeof updateOutcomeSchema>;

/**
 * The kiosk's self-update as staff and district IT see it (a packaged kiosk linked to a district):
 * the phase electron-updater is in, the version it offers, when it last asked the feed, and the
 * outcome of the last update.
 */
export const updateStatusSchema = z
  .object({
    phase: z.enum(['up-to-date', 'downloading', 'downloaded', 'installing', 'check-failed']),
    /** The version being downloaded, waiting for the install window, or installing; null when up to date. */
    offeredVersion: z.string().max(64).nullable(),
    lastCheckAt: z.string().datetime().nullable(),
    lastOutcome: updateOutcomeSchema.nullable(),
  })
  .strict();
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
