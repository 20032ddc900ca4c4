import { z } from 'zod';

/**
 * What became of the kiosk's last installed update: kept, rolled back after failed starts, the
 * installer did not take, or it failed to start twice on a kiosk with no way back by itself (a
 * Linux .deb, or no installer of the previous version kept): IT must reinstall.
 */
export const updateOutcomeSchema = z.object({
  kind: z.enum(['confirmed', 'rolled-back', 'install-failed', 'rollback-unavailable']),
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
    /**
     * The version the updater last installed (or went back to); null before its first install.
     * A kiosk running another version was changed by hand or by the system (an old AppImage started,
     * a package downgraded): the district flags it. Absent from kiosks older than this field.
     */
    installedVersion: z.string().max(64).nullable().optional(),
  })
  .strict();
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
