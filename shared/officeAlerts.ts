import { z } from 'zod';

/**
 * What staff should know about before a resident or a clerk runs into it. Printer alerts follow
 * the printer's real-time status; sync alerts follow the district link.
 */
export const officeAlertKinds = [
  'printer-paper-near-end',
  'printer-paper-out',
  'printer-cover-open',
  'printer-offline',
  'printer-no-answer',
  'printer-error',
  /** Events have waited for the district server longer than a blip: its pages and messages lag. */
  'sync-backlog',
  /** Events the district server refused on their own, kept on the kiosk for IT. */
  'sync-set-aside',
] as const;
export type OfficeAlertKind = (typeof officeAlertKinds)[number];

export const officeAlertSchema = z.object({
  kind: z.enum(officeAlertKinds),
  /** When the kiosk first saw it (ISO instant). */
  since: z.string(),
  /** Sync alerts: how many events wait or were set aside. */
  count: z.number().int().nonnegative().optional(),
});
export type OfficeAlert = z.infer<typeof officeAlertSchema>;
