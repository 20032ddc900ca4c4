import type { PrinterStatus } from '../types';

/** The three real-time status bytes, answers to DLE EOT 1, 2 and 4. */
export interface StatusAnswers {
  printer: number;
  offlineCause: number;
  paperSensor: number;
}

const bit = (n: number): number => 1 << n;
// Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not an answer.
const FIXED_BITS_MASK = bit(0) | bit(1) | bit(4) | bit(7);
/** A status byte with nothing to report (0x12). */
export const STATUS_BASE = bit(1) | bit(4);

export const PRINTER_OFFLINE = bit(3);
export const COVER_OPEN = bit(2);
export const STOPPED_BY_PAPER_END = bit(5);
export const ERROR_OCCURRED = bit(6);
export const PAPER_NEAR_END = bit(2) | bit(3);
export const PAPER_OUT = bit(5) | bit(6);

export const isStatusByte = (byte: number): boolean => (byte & FIXED_BITS_MASK) === STATUS_BASE;

export function parseStatus(answers: StatusAnswers): PrinterStatus {
  const { printer, offlineCause, paperSensor } = answers;
  if (![printer, offlineCause, paperSensor].every(isStatusByte)) return { state: 'error', paperNearEnd: false };
  const paperNearEnd = (paperSensor & PAPER_NEAR_END) !== 0;
  // The cover is opened to reload paper, so it is the more useful thing to tell when both hold.
  if (offlineCause & COVER_OPEN) return { state: 'cover-open', paperNearEnd };
  if (paperSensor & PAPER_OUT || offlineCause & STOPPED_BY_PAPER_END) return { state: 'paper-out', paperNearEnd };
  if (offlineCause & ERROR_OCCURRED) return { state: 'error', paperNearEnd };
  if (printer & PRINTER_OFFLINE) return { state: 'offline', paperNearEnd };
  return { state: 'ready', paperNearEnd };
}
