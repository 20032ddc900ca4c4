import { paperWidthsMm, type PaperWidthMm } from '../printing/escpos/commands';
import type { PrinterConfig } from '../printing/types';

export const PRINTER_SETTING_HELP =
  'Set SUNBEON_PRINTER to tcp://HOST:PORT (network, usually port 9100), usb://VENDOR_ID:PRODUCT_ID (hex, e.g. usb://0x0419:0x3c01) or serial:///dev/ttyUSB0?baud=19200.';

/** Reads a printer address as an IT admin writes it; a wrong one is an error that says what is expected. */
export function parsePrinterSetting(setting: string): PrinterConfig {
  const trimmed = setting.trim();
  const network = /^tcp:\/\/([^:/\s]+):(\d{1,5})$/.exec(trimmed);
  if (network && Number(network[2]) > 0 && Number(network[2]) < 65_536) {
    return { transport: 'network', host: network[1], port: Number(network[2]) };
  }
  const usb = /^usb:\/\/(0x[0-9a-f]{1,4}):(0x[0-9a-f]{1,4})$/i.exec(trimmed);
  if (usb) return { transport: 'usb', vendorId: Number(usb[1]), productId: Number(usb[2]) };
  const serial = /^serial:\/\/(\/[^?\s]+|[A-Za-z]:?[^?\s]*)\?baud=(\d{3,7})$/.exec(trimmed);
  if (serial) return { transport: 'serial', path: serial[1], baudRate: Number(serial[2]) };
  throw new Error(`Unrecognised printer address "${trimmed}". ${PRINTER_SETTING_HELP}`);
}

/** SUNBEON_PAPER_WIDTH: the receipt roll in millimetres, 58 or 80 (absent: 80). */
export function parsePaperWidth(setting: string | undefined): PaperWidthMm {
  if (setting === undefined || setting.trim() === '') return 80;
  const width = paperWidthsMm.find((mm) => String(mm) === setting.trim());
  if (!width) throw new Error(`Unrecognised paper width "${setting.trim()}": set SUNBEON_PAPER_WIDTH to 58 or 80 (millimetres).`);
  return width;
}
