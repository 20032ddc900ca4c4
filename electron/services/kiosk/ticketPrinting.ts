import { createSerialQueue } from '../../../nodeShared/serialQueue';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { OfficeConfig } from '../../../shared/office';
import type { Language } from '../../../shared/language';
import { writeTransaction, type Database } from '../database/openDatabase';
import { findService } from '../office/officeStore';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import type { QueueContext } from '../queue/queueContext';
import { finishUnprintedJob, hasUncertainPrints, recordPrinted } from '../queue/printJobs';
import { peopleAheadOf, type TicketRow } from '../queue/tickets';
import { KioskError } from '../kioskError';
import { concatBytes } from '../printing/escpos/bytes';
import { feedAndPartialCut } from '../printing/escpos/commands';
import type { ProcessOwner } from '../processOwner';
import type { DistrictLink } from './districtLink';
import type { ReceiptLine } from '../printing/escpos/ticketEncoder';
import type { PrintOutcome, PrinterStatus, ReadyPrint, ReceiptPrinter, TicketPrintData } from '../printing/types';
import { ticketPrintData, type TicketMark } from './ticketPrintData';

export interface TicketToPrint {
  id: string;
  serviceId: string;
  displayNumber: string;
  peopleAhead: number;
  estimate: WaitEstimate;
  issuedAtMs: number;
  language: Language;
  /** The ticket's public status page, printed as a QR code when a district server is configured. */
  statusUrl?: string;
  mark?: TicketMark;
}

/** A stored ticket as it prints now: today's place in line and estimate, its status page if there is one. */
export function storedTicketToPrint(queue: QueueContext, ticket: TicketRow, district: DistrictLink | null, mark?: TicketMark): TicketToPrint {
  return {
    id: ticket.id,
    serviceId: ticket.service_id,
    displayNumber: ticket.display_number,
    peopleAhead: peopleAheadOf(queue.db, ticket.id),
    estimate: estimateForTicket(queue, ticket.id),
    issuedAtMs: ticket.issued_at_ms,
    language: ticket.language,
    statusUrl: ticket.status_token ? district?.statusUrl(ticket.status_token) : undefined,
    mark,
  };
}

export interface TicketPrinting {
  /**
   * The printer's status now, read in a session of its own that gives way to prints: it waits
   * while any print is queued or under way, and a print asked for while it reads cuts it short
   * (it then reads again after). Readers asking at the same time share one reading.
   */
  readStatus(): Promise<PrinterStatus>;
  /** Hears every status the printer reports: each reading, and the answer of a printer not ready for a ticket. */
  observeStatus(listener: (status: PrinterStatus) => void): () => void;
  /**
   * A new paper ticket, checked, issued and printed in one printer session: `issue` (the ticket's
   * commit) runs only once the printer said it is ready, and its ticket prints over the same
   * connection. A printer that is not ready refuses with PRINTER_UNAVAILABLE before anything is issued.
   */
  issueAndPrint<T>(issue: () => { ticket: TicketToPrint; issued: T }): Promise<{ issued: T; print: PrintOutcome }>;
  /** Prints a ticket whose paper was claimed (its row 'pending', its print job owned by `owner`) and records the outcome. */
  print(ticket: TicketToPrint): Promise<PrintOutcome>;
  /** Commits now the records of printed tickets still waiting for the next commit, so what staff read is what came out. */
  recordPrintsNow(): void;
  /** This process, as the owner of the prints it starts. */
  owner: ProcessOwner;
  /** A plain text receipt: a test print, the day's summary. */
  printText(lines: readonly ReceiptLine[]): Promise<PrintOutcome>;
  /**
   * Prints on another printer (or roll width) from the next job on: the job under way finishes on
   * the one it started on, which is then closed. Nothing is lost and nobody restarts the kiosk.
   */
  replacePrinter(next: PrinterInUse): Promise<void>;
  /** Waits for the prints under way and their records, then closes the printer. */
  close(): Promise<void>;
}

/** A printer and the encoders that fit its roll. */
export interface PrinterInUse {
  printer: ReceiptPrinter;
  encodeTicket: (data: TicketPrintData) => Uint8Array;
  encodeText: (lines: readonly ReceiptLine[]) => Uint8Array;
}

/** Cuts off whatever an interrupted job left on the paper, so it never comes out joined to the next ticket. */
const CLEAN_CUT = feedAndPartialCut(0);

/**
 * How long a printed ticket's record waits for the next ticket's issue commit to carry it before
 * it is committed on its own: a steady stream of taps costs one commit per ticket.
 */
export const PRINTED_RECORD_WAIT_MS = 250;

/** One printer, one job at a time: interleaved jobs from a double tap would mix two tickets' bytes. */
export function createTicketPrinting(
  deps: {
    db: Database;
    office: () => OfficeConfig;
    owner: ProcessOwner;
    /** The queue's time, for the record of a print's outcome. */
    now: () => number;
  } & PrinterInUse,
): TicketPrinting {
  const serialized = createSerialQueue();
  // Replaced only inside `serialized`, so a job never sees the printer change under it.
  let inUse: PrinterInUse = { printer: deps.printer, encodeTicket: deps.encodeTicket, encodeText: deps.encodeText };
  const prints = printsFirst(serialized);
  const statusListeners = new Set<(status: PrinterStatus) => void>();
  const heard = (status: PrinterStatus): PrinterStatus => {
    for (const listener of statusListeners) listener(status);
    return status;
  };
  // A print left uncertain (in this run or one that crashed) may have stopped mid-ticket.
  let paperMayHoldFragment = hasUncertainPrints(deps.db);

  /** Any job, ticket or text: after an interrupted one it starts by cutting the fragment off. */
  const afterAnyFragment = (job: Uint8Array): Uint8Array => (paperMayHoldFragment ? concatBytes([CLEAN_CUT, job]) : job);
  const notePaper = (outcome: PrintOutcome): void => {
    if (outcome.status === 'uncertain') paperMayHoldFragment = true;
    if (outcome.status === 'printed') paperMayHoldFragment = false;
  };

  const encode = (ticket: TicketToPrint): Uint8Array => {
    const office = deps.office();
    return afterAnyFragment(inUse.encodeTicket({ ...ticketPrintData(office, findService(office, ticket.serviceId), ticket, ticket.language), statusUrl: ticket.statusUrl }));
  };

  /** Printed tickets whose record rides on the next commit (see PRINTED_RECORD_WAIT_MS); their jobs are still 'sending'. */
  const printedAwaitingRecord: string[] = [];
  let recordOnItsOwn: NodeJS.Timeout | undefined;
  const recorded = (): void => {
    printedAwaitingRecord.length = 0;
    clearTimeout(recordOnItsOwn);
    recordOnItsOwn = undefined;
  };
  const recordPrintedNow = (): void => {
    recordPrinted(deps.db, printedAwaitingRecord, deps.now());
    recorded();
  };
  const recordPrintedWhenQuiet = (): void => {
    recordOnItsOwn = undefined;
    try {
      recordPrintedNow();
    } catch {
      // The database is busy with another process: the records wait for the next commit, or for close.
    }
  };
  /** Runs the issue commit with the awaiting printed records inside it. */
  const issueCarryingPrintedRecords = <T>(issue: () => T): T => {
    const issued = writeTransaction(deps.db, () => {
      recordPrinted(deps.db, printedAwaitingRecord, deps.now());
      return issue();
    });
    recorded();
    return issued;
  };

  /**
   * A failed or uncertain print is recorded before the resident's answer, since their next step
   * (print again, say whether it came out) reads it; a printed one after, with the next commit.
   */
  const recordOutcome = (ticketId: string, outcome: PrintOutcome): void => {
    notePaper(outcome);
    if (outcome.status !== 'printed') return finishUnprintedJob(deps.db, ticketId, outcome, deps.now());
    printedAwaitingRecord.push(ticketId);
    recordOnItsOwn ??= setTimeout(recordPrintedWhenQuiet, PRINTED_RECORD_WAIT_MS);
  };

  /** Runs `job` on the printer alone, records its print outcome and answers. */
  function printAlone<T>(job: () => Promise<{ answer: T; ticketId: string; outcome: PrintOutcome }>): Promise<T> {
    return prints.run(async () => {
      const done = await job();
      recordOutcome(done.ticketId, done.outcome);
      return done.answer;
    });
  }

  /** Records a failed print of a promised ticket whose job could not be made, and lets the error through. */
  const recordUnprintable = (ticketId: string, error: unknown): never => {
    recordOutcome(ticketId, { status: 'failed', reason: 'error' });
    throw error;
  };

  return {
    owner: deps.owner,
    readStatus: () =>
      prints.readBetween(async (abandon) => {
        const status = await inUse.printer.readStatus(abandon);
        return abandon.aborted ? null : heard(status);
      }),
    observeStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    issueAndPrint: (issue) =>
      printAlone(async () => {
        const promised: { ticket?: ReturnType<typeof issue> } = {};
        let answer: ReadyPrint;
        try {
          answer = await inUse.printer.printIfReady(() => {
            promised.ticket = issueCarryingPrintedRecords(issue);
            return encode(promised.ticket.ticket);
          });
        } catch (error) {
          // Either issuing refused (nothing was promised) or the promised ticket's job could not be made.
          if (promised.ticket) recordUnprintable(promised.ticket.ticket.id, error);
          throw error;
        }
        if (!answer.ready) {
          heard(answer.status);
          throw new KioskError('PRINTER_UNAVAILABLE', `Printer is ${answer.status.state}`, { printerState: answer.status.state });
        }
        // A ready printer asked for the job: the ticket was issued.
        const { ticket, issued } = promised.ticket!;
        return { answer: { issued, print: answer.outcome }, ticketId: ticket.id, outcome: answer.outcome };
      }),
    print: (ticket) =>
      printAlone(async () => {
        let job: Uint8Array;
        try {
          job = encode(ticket);
        } catch (error) {
          return recordUnprintable(ticket.id, error);
        }
        const outcome = await inUse.printer.print(job);
        return { answer: outcome, ticketId: ticket.id, outcome };
      }),
    recordPrintsNow() {
      clearTimeout(recordOnItsOwn);
      recordPrintedWhenQuiet();
    },
    printText: (lines) =>
      prints.run(async () => {
        const outcome = await inUse.printer.print(afterAnyFragment(inUse.encodeText(lines)));
        notePaper(outcome);
        return outcome;
      }),
    replacePrinter: (next) =>
      serialized(async () => {
        const previous = inUse.printer;
        inUse = next;
        await previous.close();
      }),
    async close() {
      await serialized(async () => undefined);
      recordPrintedNow();
      await inUse.printer.close();
    },
  };
}

/**
 * The printer's one session at a time, prints before status reads: a read waits until no print is
 * queued or under way, a print asked for during a read aborts it, and concurrent reads share one.
 * A resident's tap thus never waits for a background reading (staff alerts, heartbeat).
 */
function printsFirst(serialized: <T>(task: () => Promise<T>) => Promise<T>) {
  let printsWaiting = 0;
  let readUnderWay: AbortController | null = null;
  let wakeReaders: Array<() => void> = [];
  let sharedRead: Promise<PrinterStatus> | null = null;
  const noPrintWaiting = (): Promise<void> => (printsWaiting === 0 ? Promise.resolve() : new Promise((resolve) => wakeReaders.push(resolve)));

  /** `read` answers null when it was aborted. */
  const readWhenNoPrintWaits = async (read: (abandon: AbortSignal) => Promise<PrinterStatus | null>): Promise<PrinterStatus> => {
    for (;;) {
      await noPrintWaiting();
      const status = await serialized(async () => {
        if (printsWaiting > 0) return null;
        readUnderWay = new AbortController();
        try {
          return await read(readUnderWay.signal);
        } finally {
          readUnderWay = null;
        }
      });
      if (status) return status;
    }
  };

  return {
    run<T>(print: () => Promise<T>): Promise<T> {
      printsWaiting += 1;
      readUnderWay?.abort();
      return serialized(print).finally(() => {
        printsWaiting -= 1;
        if (printsWaiting > 0) return;
        for (const wake of wakeReaders) wake();
        wakeReaders = [];
      });
    },
    readBetween(read: (abandon: AbortSignal) => Promise<PrinterStatus | null>): Promise<PrinterStatus> {
      sharedRead ??= readWhenNoPrintWaits(read).finally(() => {
        sharedRead = null;
      });
      return sharedRead;
    },
  };
}
