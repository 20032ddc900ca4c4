import { paperWidthsMm, parsePrinterAddress, type PaperWidthMm } from '../../../shared/printer';
import type { PrinterConfig } from '../printing/types';

export const PRINTER_SETTING_HELP =
  'Set SUNBEON_PRINTER to tcp://HOST:PORT (network, usually port 9100), usb://VENDOR_ID:PRODUCT_ID (hex, e.g. usb://0x0419:0x3c01) or serial:///dev/ttyUSB0?baud=19200.';

/** Reads a printer address as an IT admin writes it; a wrong one is an error that says what is expected. */
export function parsePrinterSetting(setting: string): PrinterConfig {
  const address = parsePrinterAddress(setting);
  if (!address) throw new Error(`Unrecognised printer address "${setting.trim()}". ${PRINTER_SETTING_HELP}`);
  return address;
}

/** SUNBEON_PAPER_WIDTH: the receipt roll in millimetres, 58 or 80 (absent: 80). */
export function parsePaperWidth(setting: string | undefined): PaperWidthMm {
  if (setting === undefined || setting.trim() === '') return 80;
  const width = paperWidthsMm.find((mm) => String(mm) === setting.trim());
  if (!width) throw new Error(`Unrecognised paper width "${setting.trim()}": set SUNBEON_PAPER_WIDTH to 58 or 80 (millimetres).`);
  return width;
}
