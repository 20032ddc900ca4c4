import { create } from 'qrcode';
import type { QrErrorLevel } from '../../electron/services/printing/escpos/commands';

export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/** The modules of a QR symbol holding `data`, as a printer would draw it. */
export function qrMatrix(data: string, errorLevel: QrErrorLevel): QrMatrix {
  const { modules } = create(data, { errorCorrectionLevel: errorLevel });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}
