import { randomUUID } from 'node:crypto';
import { businessDayOf } from '../../../shared/businessDay';
import type { IssuedTicket } from '../../../shared/ipc/contract';
import type { Language, OfficeConfig, ServiceConfig } from '../../../shared/office';
import type { Clock } from '../../../nodeShared/clock';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { findService } from '../office/officeStore';
import { newStatusToken } from '../sync/statusToken';
import { appendOutboxEvent } from './outbox';
import { blockSize, displayNumberFor } from './numbering';
import { peopleAheadOf } from './tickets';

export interface IssueRequest {
  serviceId: string;
  kind: 'paper' | 'mobile';
  language: Language;
  /** Called before others (pregnancy, disability, old age), within the starvation limit. */
  priority?: boolean;
}

export interface IssueResult {
  /** The estimate is the estimators' business, added by the caller. */
  ticket: Omit<IssuedTicket, 'estimate'>;
  /** The block ran out and numbering started again from its first number. */
  wrapped: boolean;
  /** The unguessable key of the ticket's public status page. */
  statusToken: string;
}

interface SequenceRow {
  last_sequence: number;
  tickets_issued: number;
}

/**
 * Issues one ticket in one BEGIN IMMEDIATE transaction: the next number of (business day,
 * service), the ticket row and its outbox event. Nothing is printed or sent here.
 */
export function issueTicket(db: Database, office: OfficeConfig, clock: Clock, request: IssueRequest): IssueResult {
  const service = findService(office, request.serviceId);
  return db
    .transaction((): IssueResult => {
      const issuedAtMs = advanceClockHighWater(db, clock.now());
      const businessDay = businessDayOf(issuedAtMs, office.businessDayStartHour);
      const counters = (db
        .prepare('SELECT last_sequence, tickets_issued FROM number_sequences WHERE business_day = ? AND service_id = ?')
        .get(businessDay, service.id) as SequenceRow | undefined) ?? { last_sequence: 0, tickets_issued: 0 };

      if (counters.tickets_issued >= service.dailyCap) {
        throw new KioskError('SERVICE_CLOSED', `Service ${service.id} reached its daily cap of ${service.dailyCap}`);
      }
      const sequence = nextFreeSequence(db, businessDay, service, counters.last_sequence);
      const displayNumber = displayNumberFor(service, sequence);
      const id = randomUUID();
      const statusToken = newStatusToken();
      const issuedAt = new Date(issuedAtMs).toISOString();

      db.prepare(
        `INSERT INTO number_sequences (business_day, service_id, last_sequence, tickets_issued) VALUES (?, ?, ?, 1)
         ON CONFLICT (business_day, service_id) DO UPDATE SET last_sequence = excluded.last_sequence, tickets_issued = tickets_issued + 1`,
      ).run(businessDay, service.id, sequence);
      db.prepare(
        `INSERT INTO tickets (id, business_day, service_id, numbered_service_id, sequence, display_number, kind, status, print_state, language, issued_at, issued_at_ms, priority, status_token)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)`,
      ).run(id, businessDay, service.id, service.id, sequence, displayNumber, request.kind, request.kind === 'paper' ? 'pending' : 'none', request.language, issuedAt, issuedAtMs, request.priority ? 1 : 0, statusToken);
      appendOutboxEvent(db, {
        type: 'ticket.issued',
        ticketId: id,
        occurredAt: issuedAt,
        payload: { businessDay, serviceId: service.id, displayNumber, sequence, kind: request.kind },
      });

      const peopleAhead = peopleAheadOf(db, id);

      return {
        ticket: { id, serviceId: service.id, serviceName: service.name, displayNumber, peopleAhead, issuedAt, businessDay },
        wrapped: sequence > blockSize(service),
        statusToken,
      };
    })
    .immediate();
}

/** A wall clock that jumps backwards must never move issuing into an earlier day or before an earlier ticket. */
function advanceClockHighWater(db: Database, wallClockMs: number): number {
  const { instant } = db.prepare('SELECT instant FROM clock_high_water WHERE id = 1').get() as { instant: number };
  const effective = Math.max(wallClockMs, instant);
  db.prepare('UPDATE clock_high_water SET instant = ? WHERE id = 1').run(effective);
  return effective;
}

/** After a wrap, skips numbers whose earlier holder is still waiting or at a counter. */
function nextFreeSequence(db: Database, businessDay: string, service: ServiceConfig, lastSequence: number): number {
  const inUse = db.prepare(
    `SELECT 1 FROM tickets WHERE business_day = ? AND numbered_service_id = ? AND display_number = ? AND status IN ('waiting', 'called')`,
  );
  for (let sequence = lastSequence + 1; sequence <= lastSequence + blockSize(service); sequence += 1) {
    if (!inUse.get(businessDay, service.id, displayNumberFor(service, sequence))) return sequence;
  }
  throw new KioskError('SERVICE_CLOSED', `Every number of service ${service.id} is in use`);
}
