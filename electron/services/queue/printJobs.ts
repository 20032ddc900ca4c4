import type { PrintOutcome } from '../../../shared/printer';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import type { ProcessOwner } from '../processOwner';
import { printJobRows } from './printJobRows';
import { commitWithoutFsync } from '../database/durability';
import { claimPrint, getTicket, recordPrintResult, type TicketRow } from './tickets';

/**
 * A paper ticket's print, from the moment it is promised to the moment its outcome is known.
 * While a job row exists the ticket's print_state stays 'pending': neither reprintable nor
 * cancellable, since nobody knows whether its paper is in the tray.
 */

/** Records that `owner` is about to send the ticket to the printer (in the caller's transaction, if any). */
export function startPrintJob(db: Database, ticketId: string, owner: ProcessOwner, nowMs: number): void {
  printJobRows(db).start(ticketId, owner.id, nowMs);
}

/** Takes a ticket's paper into 'pending' for `owner` (see claimPrint), in one transaction with its job row. */
export function claimPrintJob(db: Database, ticketId: string, copy: 'reprint' | 'mobileCopy', owner: ProcessOwner, nowMs: number): TicketRow {
  return writeTransaction(db, () => {
    const ticket = claimPrint(db, ticketId, copy, nowMs);
    startPrintJob(db, ticketId, owner, nowMs);
    return ticket;
  });
}

/**
 * Failed is final; uncertain keeps the job until a person says what came out. Prints that came
 * out are recorded with recordPrinted.
 */
export function finishUnprintedJob(db: Database, ticketId: string, outcome: Exclude<PrintOutcome, { status: 'printed' }>, nowMs: number): void {
  writeTransaction(db, () => {
    if (outcome.status === 'uncertain') {
      printJobRows(db).markUncertain(ticketId);
      return;
    }
    recordPrintResult(db, ticketId, false, nowMs);
    printJobRows(db).remove(ticketId);
  });
}

/**
 * Records prints that came out: inside the caller's transaction (the next ticket's issue commit)
 * or else as one commit that does not wait for the disk. Should a crash or a power cut lose the
 * record, the job is still 'sending' and start-up makes it uncertain, which is what it then is.
 */
export function recordPrinted(db: Database, ticketIds: readonly string[], nowMs: number): void {
  if (ticketIds.length === 0) return;
  commitWithoutFsync(db, () =>
    writeTransaction(db, () => {
      for (const ticketId of ticketIds) {
        recordPrintResult(db, ticketId, true, nowMs);
        printJobRows(db).remove(ticketId);
      }
    }),
  );
}

/**
 * The resident (looking at the tray) or staff settle an uncertain print: it came out, or it did not
 * (then the ticket is a failed print, which may be printed again or withdrawn, each on request).
 */
export function resolveUncertainPrint(db: Database, ticketId: string, cameOut: boolean, nowMs: number): void {
  writeTransaction(db, () => {
    const job = printJobRows(db).find(ticketId);
    if (job?.state !== 'uncertain') {
      throw new KioskError('NOT_UNCERTAIN', `Ticket ${getTicket(db, ticketId).display_number} has no print of unknown outcome`);
    }
    recordPrintResult(db, ticketId, cameOut, nowMs);
    printJobRows(db).remove(ticketId);
  });
}

/**
 * At start-up: prints whose owner process is gone may or may not have come out, so they become
 * uncertain (never failed: a failed print may be printed again). Another live process's prints
 * are its own business and are left alone.
 */
export function settleAbandonedPrints(db: Database, owner: ProcessOwner): number {
  return writeTransaction(db, () => {
    const abandoned = printJobRows(db).sending().filter((job) => !owner.isAlive(job.owner));
    abandoned.forEach((job) => printJobRows(db).markUncertain(job.ticket_id));
    return abandoned.length;
  });
}

export interface UncertainPrint {
  ticketId: string;
  displayNumber: string;
  serviceId: string;
  startedAtMs: number;
}

/** What staff see: tickets whose paper may or may not have come out, oldest first. */
export function uncertainPrints(db: Database): UncertainPrint[] {
  return printJobRows(db)
    .uncertain()
    .map((job) => {
      const ticket = getTicket(db, job.ticket_id);
      return { ticketId: job.ticket_id, displayNumber: ticket.display_number, serviceId: ticket.service_id, startedAtMs: job.started_at_ms };
    });
}

/** Whether any print is still waiting for a person to say what came out (or was cut off by a crash). */
export const hasUncertainPrints = (db: Database): boolean => printJobRows(db).uncertain().length > 0;
