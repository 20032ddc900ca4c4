import { parsePrinterAddress, printerSettingSchema, type PaperWidthMm, type PrinterAddress, type PrinterSetting } from '../../../shared/printer';
import type { Logger } from '../../../nodeShared/logger';
import { writeTransaction, type Database } from '../database/openDatabase';
import type { ReceiptPrinter } from '../printing/types';
import { settingRows } from '../settings/settingRows';
import type { PrinterInUse, TicketPrinting } from './ticketPrinting';

const CHOSEN_PRINTER_KEY = 'printer';

/** The printer the manager chose on this kiosk, kept across restarts; null until they chose one. */
function chosenPrinter(db: Database): PrinterSetting | null {
  const stored = settingRows(db).read(CHOSEN_PRINTER_KEY);
  if (stored === undefined) return null;
  const parsed = printerSettingSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}

export type OpenPrinter = (address: PrinterAddress) => ReceiptPrinter;

const sameSetting = (a: PrinterSetting | null, b: PrinterSetting | null) => a?.address === b?.address && a?.paperWidthMm === b?.paperWidthMm;

/**
 * The printer a kiosk starts with. The one IT gave (SUNBEON_PRINTER, SUNBEON_PAPER_WIDTH) only
 * seeds a kiosk: once the manager chose a printer on the screen, theirs wins, and the log says so.
 */
export function printerAtStart(
  deps: { db: Database; log: Logger; open: OpenPrinter },
  given: { printer: ReceiptPrinter; setting: PrinterSetting | null },
): { printer: ReceiptPrinter; setting: PrinterSetting | null } {
  const chosen = chosenPrinter(deps.db);
  if (!chosen || sameSetting(chosen, given.setting)) return given;
  if (given.setting) deps.log.info(`The printer set on the kiosk (${chosen.address}, ${chosen.paperWidthMm} mm) is used; SUNBEON_PRINTER/SUNBEON_PAPER_WIDTH only seed a new kiosk`);
  void given.printer.close();
  return { printer: deps.open(parsePrinterAddress(chosen.address)!), setting: chosen };
}

export interface PrinterChoice {
  /** The printer in force, as written; null for a kiosk started on a fixed printer without an address (tests). */
  inForce(): PrinterSetting | null;
  /** Swaps the chosen printer in after the job under way and keeps the choice across restarts. */
  choose(setting: PrinterSetting): Promise<void>;
}

export function createPrinterChoice(deps: {
  db: Database;
  printing: TicketPrinting;
  open: OpenPrinter;
  /** The encoders that fit a roll width. */
  fit: (paperWidthMm: PaperWidthMm) => Omit<PrinterInUse, 'printer'>;
  atStart: PrinterSetting | null;
}): PrinterChoice {
  let inForce = deps.atStart;
  return {
    inForce: () => inForce,
    async choose(setting) {
      const address = parsePrinterAddress(setting.address);
      if (!address) throw new Error(`Unrecognised printer address "${setting.address}"`);
      writeTransaction(deps.db, () => settingRows(deps.db).write(CHOSEN_PRINTER_KEY, JSON.stringify(setting)));
      inForce = setting;
      await deps.printing.replacePrinter({ printer: deps.open(address), ...deps.fit(setting.paperWidthMm) });
    },
  };
}
