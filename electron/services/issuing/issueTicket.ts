import { randomUUID } from 'node:crypto';
import { businessDayOf } from '../../../shared/businessDay';
import type { IssuedTicket } from '../../../shared/ipc/contract';
import type { OfficeConfig, ServiceConfig } from '../../../shared/office';
import type { Language } from '../../../shared/language';
import type { Clock } from '../../../nodeShared/clock';
import { writeTransaction, type Database } from '../database/openDatabase';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import { KioskError } from '../kioskError';
import { findService } from '../office/officeStore';
import { assertServiceOpen, serviceOpening } from '../office/opening';
import { numberSequenceRows } from '../queue/numberSequenceRows';
import { blockSize, displayNumberFor } from '../queue/numbering';
import { outboxRows } from '../queue/outboxRows';
import { advanceClockHighWater } from '../queue/queueContext';
import { newStatusToken } from '../queue/statusToken';
import { ticketRows } from '../queue/ticketRows';
import { startPrintJob } from '../queue/printJobs';
import type { ProcessOwner } from '../processOwner';

export interface IssueRequest {
  serviceId: string;
  kind: 'paper' | 'mobile';
  language: Language;
  /** Called before others (pregnancy, disability, old age), within the starvation limit. */
  priority?: boolean;
}

export interface IssueResult {
  ticket: IssuedTicket;
  /** This ticket took the block's first number again: the block ran out, or staff moved it today. */
  wrapped: boolean;
  /** The unguessable key of the ticket's public status page. */
  statusToken: string;
}

/**
 * Issues one ticket, paper or mobile, in one BEGIN IMMEDIATE transaction: the next number of
 * (business day, service), the ticket row, the wait estimate the resident is shown, and the
 * complete outbox event carrying that estimate, and a paper ticket's print job owned by
 * `printOwner` — one commit, nothing written about it later.
 * Nothing is printed or sent here. A caller's enclosing transaction (a mobile ticket's contact)
 * makes it part of that one commit.
 */
export function issueTicket(db: Database, office: OfficeConfig, clock: Clock, request: IssueRequest, printOwner?: ProcessOwner): IssueResult {
  const service = findService(office, request.serviceId);
  if (service.enabled === false) throw new KioskError('SERVICE_CLOSED', `Service ${service.id} is turned off`);
  return writeTransaction(db, (): IssueResult => {
      const issuedAtMs = advanceClockHighWater(db, clock.now());
      const businessDay = businessDayOf(issuedAtMs, office.businessDayStartHour);
      const counters = numberSequenceRows(db).current(businessDay, service.id);
      // Checked at the instant the ticket would carry, inside the transaction: no ticket after closing, whatever the tap's timing.
      assertServiceOpen(serviceOpening(db, office, service, issuedAtMs, businessDay), service);
      if (counters.tickets_issued >= service.dailyCap) {
        throw new KioskError('SERVICE_CLOSED', `Service ${service.id} reached its daily cap of ${service.dailyCap}`);
      }
      const sequence = nextFreeSequence(db, businessDay, service, counters.last_sequence);
      const displayNumber = displayNumberFor(service, sequence);
      const id = randomUUID();
      const statusToken = newStatusToken();
      const issuedAt = new Date(issuedAtMs).toISOString();

      numberSequenceRows(db).advance(businessDay, service.id, sequence);
      const tickets = ticketRows(db);
      tickets.insert({
        id,
        business_day: businessDay,
        service_id: service.id,
        sequence,
        display_number: displayNumber,
        kind: request.kind,
        print_state: request.kind === 'paper' ? 'pending' : 'none',
        language: request.language,
        issued_at: issuedAt,
        issued_at_ms: issuedAtMs,
        priority: request.priority ? 1 : 0,
        status_token: statusToken,
      });
      // Owned from the start: a process starting meanwhile must not take it for an abandoned print.
      if (request.kind === 'paper' && printOwner) startPrintJob(db, id, printOwner, issuedAtMs);
      // The district's "issued" message repeats the range the resident saw, so it is worked out here, once.
      const estimate = estimateForTicket({ db, office: () => office, clock }, id);
      outboxRows(db).append({
        type: 'ticket.issued',
        ticketId: id,
        occurredAt: issuedAt,
        payload: { businessDay, serviceId: service.id, displayNumber, sequence, kind: request.kind, estimate },
      });

      return {
        ticket: { id, serviceId: service.id, serviceName: service.name, displayNumber, peopleAhead: tickets.peopleAhead(id), estimate, issuedAt, businessDay },
        wrapped: sequence > 1 && (sequence - 1) % blockSize(service) === 0,
        statusToken,
      };
  });
}

/** After a wrap, skips numbers whose earlier holder is still waiting or at a counter. */
function nextFreeSequence(db: Database, businessDay: string, service: ServiceConfig, lastSequence: number): number {
  const tickets = ticketRows(db);
  for (let sequence = lastSequence + 1; sequence <= lastSequence + blockSize(service); sequence += 1) {
    if (!tickets.numberInUse(businessDay, service.id, displayNumberFor(service, sequence))) return sequence;
  }
  throw new KioskError('SERVICE_CLOSED', `Every number of service ${service.id} is in use`);
}
