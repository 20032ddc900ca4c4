import { z } from 'zod';
import { formRule } from './formRules';

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

export const paperWidthsMm = [58, 80] as const;
export type PaperWidthMm = (typeof paperWidthsMm)[number];

/** Where the receipt printer is: a network address, a USB vendor/product pair or a serial port. */
export type PrinterAddress =
  | { transport: 'network'; host: string; port: number }
  | { transport: 'usb'; vendorId: number; productId: number }
  | { transport: 'serial'; path: string; baudRate: number };

/** Reads an address as IT or the manager writes it: tcp://HOST:PORT, usb://0xVID:0xPID, serial://PATH?baud=N. Null when it is none of them. */
export function parsePrinterAddress(written: string): PrinterAddress | null {
  const trimmed = written.trim();
  const network = /^tcp:\/\/([^:/\s]+):(\d{1,5})$/.exec(trimmed);
  if (network && Number(network[2]) > 0 && Number(network[2]) < 65_536) {
    return { transport: 'network', host: network[1], port: Number(network[2]) };
  }
  const usb = /^usb:\/\/(0x[0-9a-f]{1,4}):(0x[0-9a-f]{1,4})$/i.exec(trimmed);
  if (usb) return { transport: 'usb', vendorId: Number(usb[1]), productId: Number(usb[2]) };
  const serial = /^serial:\/\/(\/[^?\s]+|[A-Za-z]:?[^?\s]*)\?baud=(\d{3,7})$/.exec(trimmed);
  if (serial) return { transport: 'serial', path: serial[1], baudRate: Number(serial[2]) };
  return null;
}

/** The printer this kiosk prints on, as the manager sets it on the staff screen (kiosk-local: not part of the office's settings file). */
export const printerSettingSchema = z
  .object({
    address: z
      .string()
      .trim()
      .max(200)
      .refine((address) => parsePrinterAddress(address) !== null, formRule('printerAddress')),
    paperWidthMm: z.union([z.literal(58), z.literal(80)]),
  })
  .strict();
export type PrinterSetting = z.infer<typeof printerSettingSchema>;
