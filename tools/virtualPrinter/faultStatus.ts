import {
  COVER_OPEN,
  PAPER_NEAR_END,
  PAPER_OUT,
  PRINTER_OFFLINE,
  STATUS_BASE,
  STOPPED_BY_PAPER_END,
} from '../../electron/services/printing/escpos/statusParser';

export const virtualFaults = ['paper-out', 'cover-open', 'offline', 'no-answer', 'drop-mid-print', 'paper-near-end'] as const;
export type VirtualFault = (typeof virtualFaults)[number];

/** A roll near its end still prints; every other fault stops the printer. */
export const stopsPrinting = (fault: VirtualFault | null): boolean => fault !== null && fault !== 'paper-near-end';

/** The byte a real printer in this fault answers to DLE EOT n; undefined when it stays silent. */
export function statusByteFor(fault: VirtualFault | null, query: number): number | undefined {
  if (fault === 'no-answer') return undefined;
  const stopped = fault === 'paper-out' || fault === 'cover-open' || fault === 'offline';
  switch (query) {
    case 1:
      return STATUS_BASE | (stopped ? PRINTER_OFFLINE : 0);
    case 2:
      return STATUS_BASE | (fault === 'cover-open' ? COVER_OPEN : 0) | (fault === 'paper-out' ? STOPPED_BY_PAPER_END : 0);
    case 3:
      return STATUS_BASE;
    case 4:
      return STATUS_BASE | (fault === 'paper-out' ? PAPER_OUT | PAPER_NEAR_END : fault === 'paper-near-end' ? PAPER_NEAR_END : 0);
    default:
      return undefined;
  }
}
