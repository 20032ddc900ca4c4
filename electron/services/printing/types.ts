import type { PrinterAddress, PrinterState, PrintOutcome, PrinterStatusView } from '../../../shared/printer';

export type PrinterStatus = PrinterStatusView;
export type { PrinterState, PrintOutcome };

export type PrinterConfig = PrinterAddress & { timeoutMs?: number };

/** One ESC/POS receipt printer, whatever the cable. Faults are results, never thrown. */
export interface ReceiptPrinter {
  /**
   * Real-time status (DLE EOT 1, 2, 4), bounded by a timeout: a silent printer is 'no-answer'.
   * Aborting `abandon` drops the connection at once; the answer is then meaningless.
   */
  readStatus(abandon?: AbortSignal): Promise<PrinterStatus>;
  /** Sends one job exactly once (never retried by itself) and waits for the printer to acknowledge it. */
  print(job: Uint8Array): Promise<PrintOutcome>;
  /**
   * The status check and the job over one connection: `jobFor` is called only when the printer is
   * ready, and what it returns is printed as print() would. Errors `jobFor` throws are rethrown,
   * with nothing sent.
   */
  printIfReady(jobFor: () => Uint8Array): Promise<ReadyPrint>;
  close(): Promise<void>;
}

/** A printer that was ready printed the job (with this outcome); one that was not got nothing. */
export type ReadyPrint<Status extends PrinterStatus = PrinterStatus> = { ready: true; outcome: PrintOutcome } | { ready: false; status: Status };

/** What a paper ticket shows, already in the resident's language. */
export interface TicketPrintData {
  officeName: string;
  serviceName: string;
  displayNumber: string;
  peopleAheadLine: string;
  waitEstimateLine: string;
  issuedAtLine: string;
  notice: string;
  /** Above the number: "재발행" on a copy staff printed, "교통약자 우선" on a priority ticket. */
  markLine?: string;
  /** Printed as a QR code under the number when present. */
  statusUrl?: string;
  /**
   * A Chinese ticket: lines with hanzi are drawn with the bundled Chinese font even where KS X 1001
   * has the characters, since the printer's Korean font draws them in Korean (traditional) shapes.
   */
  drawHanzi?: boolean;
}
