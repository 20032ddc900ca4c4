import { createSerialQueue } from '../../../nodeShared/serialQueue';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { Language, OfficeConfig } from '../../../shared/office';
import type { Database } from '../database/openDatabase';
import { findService } from '../office/officeStore';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import type { QueueContext } from '../queue/queueContext';
import { finishPrintJob, hasUncertainPrints } from '../queue/printJobs';
import { peopleAheadOf, type TicketRow } from '../queue/tickets';
import { concatBytes } from '../printing/escpos/bytes';
import { feedAndPartialCut } from '../printing/escpos/commands';
import type { ProcessOwner } from '../processOwner';
import type { DistrictLink } from './districtLink';
import type { ReceiptLine } from '../printing/escpos/ticketEncoder';
import type { PrintOutcome, PrinterStatus, ReceiptPrinter, TicketPrintData } from '../printing/types';
import { ticketPrintData } from './ticketPrintData';

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
}

/** A stored ticket as it prints now: today's place in line and estimate, its status page if there is one. */
export function storedTicketToPrint(queue: QueueContext, ticket: TicketRow, district: DistrictLink | null): TicketToPrint {
  return {
    id: ticket.id,
    serviceId: ticket.service_id,
    displayNumber: ticket.display_number,
    peopleAhead: peopleAheadOf(queue.db, ticket.id),
    estimate: estimateForTicket(queue, ticket.id),
    issuedAtMs: ticket.issued_at_ms,
    language: ticket.language,
    statusUrl: ticket.status_token ? district?.statusUrl(ticket.status_token) : undefined,
  };
}

export interface TicketPrinting {
  readStatus(): Promise<PrinterStatus>;
  /** Prints a ticket whose paper was claimed (its row 'pending', its print job owned by `owner`) and records the outcome. */
  print(ticket: TicketToPrint): Promise<PrintOutcome>;
  /** This process, as the owner of the prints it starts. */
  owner: ProcessOwner;
  /** A plain text receipt: a test print, the day's summary. */
  printText(lines: readonly ReceiptLine[]): Promise<PrintOutcome>;
}

/** Cuts off whatever an interrupted job left on the paper, so it never comes out joined to the next ticket. */
const CLEAN_CUT = feedAndPartialCut(0);

/** One printer, one job at a time: interleaved jobs from a double tap would mix two tickets' bytes. */
export function createTicketPrinting(deps: {
  db: Database;
  office: () => OfficeConfig;
  printer: ReceiptPrinter;
  encodeTicket: (data: TicketPrintData) => Uint8Array;
  owner: ProcessOwner;
  encodeText: (lines: readonly ReceiptLine[]) => Uint8Array;
}): TicketPrinting {
  const serialized = createSerialQueue();
  // A print left uncertain (in this run or one that crashed) may have stopped mid-ticket.
  let paperMayHoldFragment = hasUncertainPrints(deps.db);

  return {
    owner: deps.owner,
    readStatus: () => serialized(() => deps.printer.readStatus()),
    print: (ticket) =>
      serialized(async () => {
        let outcome: PrintOutcome = { status: 'failed', reason: 'error' };
        try {
          const office = deps.office();
          const job = deps.encodeTicket({ ...ticketPrintData(office, findService(office, ticket.serviceId), ticket, ticket.language), statusUrl: ticket.statusUrl });
          outcome = await deps.printer.print(paperMayHoldFragment ? concatBytes([CLEAN_CUT, job]) : job);
          return outcome;
        } finally {
          finishPrintJob(deps.db, ticket.id, outcome);
          if (outcome.status === 'uncertain') paperMayHoldFragment = true;
          if (outcome.status === 'printed') paperMayHoldFragment = false;
        }
      }),
    printText: (lines) => serialized(() => deps.printer.print(deps.encodeText(lines))),
  };
}
