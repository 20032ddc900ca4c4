import { ChannelReceiptPrinter, type DiagnosedReceiptPrinter } from './channelPrinter';
import type { ChannelOpener } from './transport/byteChannel';
import { networkOpener } from './transport/networkChannel';
import { serialOpener } from './transport/serialChannel';
import { usbOpener } from './transport/usbChannel';
import type { PrinterConfig } from './types';

export const DEFAULT_PRINTER_TIMEOUT_MS = 1500;

export function createPrinter(config: PrinterConfig): DiagnosedReceiptPrinter {
  return new ChannelReceiptPrinter(openerFor(config), config.timeoutMs ?? DEFAULT_PRINTER_TIMEOUT_MS);
}

function openerFor(config: PrinterConfig): ChannelOpener {
  switch (config.transport) {
    case 'network':
      return networkOpener(config.host, config.port);
    case 'usb':
      return usbOpener(config.vendorId, config.productId);
    case 'serial':
      return serialOpener(config.path, config.baudRate);
  }
}
