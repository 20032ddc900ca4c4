import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * `rollout.json` beside latest.yml: which kiosks are offered the release of that version. A kiosk
 * is in when its office is listed, or when its place (a hash of kiosk id and version, 0–99) falls
 * under the percentage. Without the file every kiosk is offered the release (and latest.yml's own
 * `stagingPercentage`, if IT wrote one, is left to electron-updater).
 */
export const rolloutSchema = z
  .object({
    version: z.string().min(1),
    percentage: z.number().min(0).max(100).default(0),
    offices: z.array(z.string()).default([]),
  })
  .strict();
export type Rollout = z.infer<typeof rolloutSchema>;

/** The kiosk's fixed place for one release: raising the percentage only ever adds kiosks. */
export function rolloutPlace(kioskId: string, version: string): number {
  return (createHash('sha256').update(`${kioskId}\n${version}`).digest().readUInt32BE(0) / 0x1_0000_0000) * 100;
}

export function inRollout(rollout: Rollout, kiosk: { kioskId: string; officeId: string }): boolean {
  return rollout.offices.includes(kiosk.officeId) || rolloutPlace(kiosk.kioskId, rollout.version) < rollout.percentage;
}

/** The version a channel file (latest.yml) offers: its top-level `version:` line. */
export function channelVersion(yml: string): string | null {
  return /^version:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(yml)?.[1] ?? null;
}

/**
 * The channel file as this kiosk should see it: unchanged outside a rollout of its version; for a
 * kiosk in the rollout without a staging percentage; for one outside it with `stagingPercentage: 0`,
 * which electron-updater reads as "not for you yet".
 */
export function channelFileFor(yml: string, rollout: Rollout | null, kiosk: { kioskId: string; officeId: string }): string {
  if (!rollout || channelVersion(yml) !== rollout.version) return yml;
  const withoutStaging = yml.replace(/^stagingPercentage:.*(?:\r?\n|$)/m, '');
  if (inRollout(rollout, kiosk)) return withoutStaging;
  return `${withoutStaging.replace(/\n?$/, '\n')}stagingPercentage: 0\n`;
}
