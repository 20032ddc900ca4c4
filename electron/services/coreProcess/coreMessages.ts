import { z } from 'zod';
import { kioskChannelByMethod, type KioskChannel } from '../../../shared/ipc/channels';
import { lanStatusSchema } from '../../../shared/ipc/contract';
import { officeConfigSchema } from '../../../shared/office';
import { failureSchema } from '../../../shared/result';
import { sealedDistrictSchema } from '../kiosk/sealedDistrict';

/**
 * What the core process needs to start, as plain data: main (or the test bridge) reads the
 * environment and the OS keystore, the core builds everything else itself.
 */
const machineReadingsSchema = z.object({ wallMs: z.number(), sinceBootMs: z.number(), bootId: z.string().nullable() });

export const coreStartSchema = z.object({
  dataDir: z.string().min(1),
  /** As SUNBEON_PRINTER is written: tcp://HOST:PORT, usb://VID:PID, serial://PATH?baud=N. */
  printer: z.string().min(1),
  /** As SUNBEON_PAPER_WIDTH is written: 58 or 80 (mm); absent: 80. */
  paperWidth: z.string().optional(),
  demo: z.boolean().optional(),
  initialOffice: officeConfigSchema.optional(),
  receiptFontPath: z.string().optional(),
  initialStaffPin: z.string().optional(),
  lan: z
    .object({
      host: z.string(),
      port: z.number().int().min(1).max(65_535),
      pagesDir: z.string(),
      /** 'on': serve from the start (demo, tests); 'as-left': only if staff turned it on earlier. */
      atStart: z.enum(['on', 'as-left']),
    })
    .optional(),
  district: z
    .object({
      serverUrl: z.string().url(),
      publicUrl: z.string().url().optional(),
      kioskId: z.string().min(1),
      secret: z.string().min(1),
      retry: z.object({ baseDelayMs: z.number().positive(), maxDelayMs: z.number().positive() }).optional(),
      heartbeatMs: z.number().int().positive().optional(),
    })
    .optional(),
  /**
   * The key main unsealed from the OS keystore (a utility process has no safeStorage): the phone
   * vault's key, and the district secret set on the kiosk is sealed under one derived from it.
   * Absent where the machine has no keystore: no mobile tickets, no district link.
   */
  keystoreKeyBase64: z.string().min(1).optional(),
  /** The app's version as built (Electron's app.getVersion()), reported to the district. */
  appVersion: z.string().optional(),
  /** Tests and demos: a clock that stands at this instant until the host sets it. */
  clockAt: z.number().optional(),
  /** Tests of clock faults: the machine's wall clock and time since boot, standing until the host moves them. */
  machineAt: machineReadingsSchema.optional(),
});
export type CoreStart = z.infer<typeof coreStartSchema>;

const channelSchema = z.enum(Object.values(kioskChannelByMethod) as [KioskChannel, ...KioskChannel[]]);

export const hostMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), options: coreStartSchema }),
  z.object({ kind: z.literal('call'), id: z.number().int(), channel: channelSchema, payload: z.unknown() }),
  z.object({ kind: z.literal('setTime'), clockAt: z.number().optional(), machine: machineReadingsSchema.optional() }),
  z.object({ kind: z.literal('stop') }),
  /** The folder staff picked for a log export (main's picker), or null when they cancelled. */
  z.object({ kind: z.literal('folderChosen'), id: z.number().int(), folder: z.string().min(1).nullable() }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;
export type TimeSetting = Omit<Extract<HostMessage, { kind: 'setTime' }>, 'kind'>;

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);

export const coreMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), lan: lanStatusSchema.nullable() }),
  z.object({ kind: z.literal('startFailed'), message: z.string() }),
  z.object({ kind: z.literal('reply'), id: z.number().int(), envelope: envelopeSchema }),
  z.object({ kind: z.literal('stopped') }),
  /** Staff asked for a log export: only main can show a folder picker (the core has no windows). */
  z.object({ kind: z.literal('chooseFolder'), id: z.number().int() }),
  /** The district link in force (before `ready`, and again whenever the manager changes it), for main's updater. */
  z.object({ kind: z.literal('districtLink'), district: sealedDistrictSchema.nullable() }),
]);
export type CoreMessage = z.infer<typeof coreMessageSchema>;

/**
 * One end of the pipe between main and the core: Electron's utilityProcess/parentPort and Node's
 * child_process/process.send both fit it, so the protocol runs and is tested without Electron.
 */
export interface MessagePipe<Out, In> {
  /** `sent` runs once the message has left this process (so exiting after it loses nothing). */
  send(message: Out, sent?: () => void): void;
  onMessage(listener: (message: In) => void): void;
}
