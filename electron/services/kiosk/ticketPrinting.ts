import { createSerialQueue } from '../../../nodeShared/serialQueue';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { Language, OfficeConfig } from '../../../shared/office';
import type { Database } from '../database/openDatabase';
import { findService } from '../office/officeStore';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import type { QueueContext } from '../queue/queueContext';
import { finishPrintJob, hasUncertainPrints } from '../queue/printJobs';
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
  readStatus(): Promise<PrinterStatus>;
  /**
   * A new paper ticket, checked, issued and printed in one printer session: `issue` (the ticket's
   * commit) runs only once the printer said it is ready, and its ticket prints over the same
   * connection. A printer that is not ready refuses with PRINTER_UNAVAILABLE before anything is issued.
   */
  issueAndPrint<T>(issue: () => { ticket: TicketToPrint; issued: T }): Promise<{ issued: T; print: PrintOutcome }>;
  /** Prints a ticket whose paper was claimed (its row 'pending', its print job owned by `owner`) and records the outcome. */
  print(ticket: TicketToPrint): Promise<PrintOutcome>;
  /** This process, as the owner of the prints it starts. */
  owner: ProcessOwner;
  /** A plain text receipt: a test print, the day's summary. */
  printText(lines: readonly ReceiptLine[]): Promise<PrintOutcome>;
  /** Waits for the prints under way and their records, then closes the printer. */
  close(): Promise<void>;
}

/** Cuts off whatever an interrupted job left on the paper, so it never comes out joined to the next ticket. */
const CLEAN_CUT = feedAndPartialCut(0);

const nextTurnOfTheEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One printer, one job at a time: interleaved jobs from a double tap would mix two tickets' bytes. */
export function createTicketPrinting(deps: {
  db: Database;
  office: () => OfficeConfig;
  printer: ReceiptPrinter;
  encodeTicket: (data: TicketPrintData) => Uint8Array;
  owner: ProcessOwner;
  encodeText: (lines: readonly ReceiptLine[]) => Uint8Array;
  /** The queue's time, for the record of a print's outcome. */
  now: () => number;
}): TicketPrinting {
  const serialized = createSerialQueue();
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
    return afterAnyFragment(deps.encodeTicket({ ...ticketPrintData(office, findService(office, ticket.serviceId), ticket, ticket.language), statusUrl: ticket.statusUrl }));
  };

  const recordOutcome = (ticketId: string, outcome: PrintOutcome): void => {
    finishPrintJob(deps.db, ticketId, outcome, deps.now());
    notePaper(outcome);
  };

  /**
   * Runs `job` on the printer alone and answers with what it printed. A printed ticket is recorded
   * after the answer (the resident's paper does not wait for it; the next job on the printer does);
   * a failed or uncertain one before, since the resident's next step (print again, say whether it
   * came out) reads it. A job that throws after its ticket was promised records a failed print.
   */
  function printAlone<T>(job: () => Promise<{ answer: T; ticketId: string | null; outcome: PrintOutcome }>): Promise<T> {
    return new Promise<T>((answer, refuse) => {
      void serialized(async () => {
        let done: Awaited<ReturnType<typeof job>>;
        try {
          done = await job();
        } catch (error) {
          refuse(error);
          return;
        }
        if (done.ticketId === null) return answer(done.answer);
        if (done.outcome.status !== 'printed') {
          recordOutcome(done.ticketId, done.outcome);
          return answer(done.answer);
        }
        answer(done.answer);
        await nextTurnOfTheEventLoop();
        recordOutcome(done.ticketId, done.outcome);
      });
    });
  }

  /** Records a failed print of a promised ticket whose job could not be made, and lets the error through. */
  const recordUnprintable = (ticketId: string, error: unknown): never => {
    recordOutcome(ticketId, { status: 'failed', reason: 'error' });
    throw error;
  };

  return {
    owner: deps.owner,
    readStatus: () => serialized(() => deps.printer.readStatus()),
    issueAndPrint: (issue) =>
      printAlone(async () => {
        const promised: { ticket?: ReturnType<typeof issue> } = {};
        let answer: ReadyPrint;
        try {
          answer = await deps.printer.printIfReady(() => {
            promised.ticket = issue();
            return encode(promised.ticket.ticket);
          });
        } catch (error) {
          // Either issuing refused (nothing was promised) or the promised ticket's job could not be made.
          if (promised.ticket) recordUnprintable(promised.ticket.ticket.id, error);
          throw error;
        }
        if (!answer.ready) throw new KioskError('PRINTER_UNAVAILABLE', `Printer is ${answer.status.state}`, { printerState: answer.status.state });
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
        const outcome = await deps.printer.print(job);
        return { answer: outcome, ticketId: ticket.id, outcome };
      }),
    printText: (lines) =>
      serialized(async () => {
        const outcome = await deps.printer.print(afterAnyFragment(deps.encodeText(lines)));
        notePaper(outcome);
        return outcome;
      }),
    async close() {
      await serialized(async () => undefined);
      await deps.printer.close();
    },
  };
}
