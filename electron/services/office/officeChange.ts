import { z } from 'zod';
import { businessDayOf } from '../../../shared/businessDay';
import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import type { WaitingDecision, WaitingPlans } from '../../../shared/officeSettings';
import type { Failure } from '../../../shared/result';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { numberSequenceRows } from '../queue/numberSequenceRows';
import { blockSize } from '../queue/numbering';
import { outboxRows } from '../queue/outboxRows';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import type { OfficeHolder, OfficeSaveMeta } from './officeStore';

export type SettingsProblem = NonNullable<Failure['settingsProblem']>;

function refuse(fieldPath: string, problem: SettingsProblem, message: string): never {
  throw new KioskError('SETTINGS_REFUSED', message, { fieldPath, settingsProblem: problem });
}

export interface OfficeChangeRequest {
  next: OfficeConfig;
  meta: Omit<OfficeSaveMeta, 'savedAt'>;
  waitingPlans: WaitingPlans;
}

export interface OfficeChangeResult {
  version: number;
  /** The configuration now in force (a removed service whose line is served first stays in it, turned off). */
  office: OfficeConfig;
  /** Waiting tickets moved to another service's line. */
  moved: number;
}

const isOn = (service: ServiceConfig | undefined) => service !== undefined && service.enabled !== false;

/**
 * The services whose waiting people a change would leave without a line (removed, or turned off
 * just now), and the office once the manager's plans for them are applied: a removed service that
 * serves its line first comes back turned off, on the counters that had it.
 */
function applyWaitingPlans(before: OfficeConfig, next: OfficeConfig, waiting: ReadonlyMap<string, number>, plans: WaitingPlans) {
  const undecided: WaitingDecision[] = [];
  const moves: { from: string; to: string }[] = [];
  let office = next;
  for (const service of before.services) {
    const count = waiting.get(service.id) ?? 0;
    const after = next.services.find((s) => s.id === service.id);
    const leaving = after === undefined || (isOn(service) && !isOn(after));
    if (count === 0 || !leaving) continue;
    const plan = plans[service.id];
    if (!plan) {
      undecided.push({ serviceId: service.id, waiting: count });
    } else if (plan.kind === 'move') {
      const target = next.services.find((s) => s.id === plan.toServiceId);
      if (!isOn(target) || target!.id === service.id) {
        refuse('services', { kind: 'move-target', serviceName: service.name.ko }, `The people waiting for ${service.id} can only move to another service that stays on`);
      }
      moves.push({ from: service.id, to: plan.toServiceId });
    } else if (after === undefined) {
      const hadIt = new Set(before.counters.filter((c) => c.serviceIds.includes(service.id)).map((c) => c.id));
      office = {
        ...office,
        services: [...office.services, { ...service, enabled: false }],
        counters: office.counters.map((c) => (hadIt.has(c.id) && !c.serviceIds.includes(service.id) ? { ...c, serviceIds: [...c.serviceIds, service.id] } : c)),
      };
    }
  }
  if (undecided.length > 0) {
    throw new KioskError('WAITING_DECISION_NEEDED', 'People are waiting for a service this change removes or turns off: move them to another service or serve them first', {
      waitingDecisions: undecided,
    });
  }
  return { office, moves };
}

/** Numbers as the screen shows a list of them: "2001–2005" or "2001, 2003". */
function numberList(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  if (sorted.length > 2 && contiguous) return `${sorted[0]}–${sorted.at(-1)}`;
  return sorted.length > 5 ? `${sorted.slice(0, 5).join(', ')}, …` : sorted.join(', ');
}

/**
 * A number block moved or resized today must not hand out a number already given today: not one of
 * another service's (refused), and not one of its own (numbering goes on after the last of its
 * own numbers inside the new block, or at the block's start if there are none).
 */
function continueNumbering(db: Database, businessDay: string, before: OfficeConfig, office: OfficeConfig): { serviceId: string; lastSequence: number }[] {
  const issued = ticketRows(db).numbersIssued(businessDay);
  const rebases: { serviceId: string; lastSequence: number }[] = [];
  office.services.forEach((service, index) => {
    const old = before.services.find((s) => s.id === service.id);
    if (old && old.blockStart === service.blockStart && old.blockEnd === service.blockEnd) return;
    const inBlock = (n: number) => n >= service.blockStart && n <= service.blockEnd;
    const others = issued.filter((t) => t.numbered_service_id !== service.id).map((t) => Number(t.display_number)).filter(inBlock);
    if (others.length > 0) {
      const owner = office.services.find((s) => s.id === issued.find((t) => t.numbered_service_id !== service.id && inBlock(Number(t.display_number)))?.numbered_service_id);
      refuse(
        `services.${index}.blockStart`,
        { kind: 'numbers-of-another-service', serviceName: owner?.name.ko ?? '', numbers: numberList(others) },
        `Numbers ${numberList(others)} were given to another service today: choose a block without them`,
      );
    }
    const own = issued.filter((t) => t.numbered_service_id === service.id).map((t) => Number(t.display_number)).filter(inBlock);
    const next = own.length === 0 ? service.blockStart : Math.max(...own) + 1;
    if (next > service.blockEnd) {
      refuse(`services.${index}.blockEnd`, { kind: 'block-used-up-today', numbers: numberList(own) }, `Every number of the new block after ${Math.max(...own)} was already given today`);
    }
    const { last_sequence: last } = numberSequenceRows(db).current(businessDay, service.id);
    if (last === 0) return;
    const size = blockSize(service);
    // The next sequence then prints `next`: displayNumberFor(service, lastSequence + 1) === next.
    rebases.push({ serviceId: service.id, lastSequence: last + ((((next - service.blockStart - last) % size) + size) % size) });
  });
  return rebases;
}

/** A desk still serving a number, or a line nobody serves, after the change. */
function refuseStranding(db: Database, businessDay: string, before: OfficeConfig, office: OfficeConfig, waiting: ReadonlyMap<string, number>): void {
  for (const counter of before.counters) {
    if (office.counters.some((c) => c.id === counter.id)) continue;
    const serving = ticketRows(db).atCounter(counter.id, businessDay);
    if (serving) {
      refuse('counters', { kind: 'counter-serving', counterNumber: counter.number, numbers: serving.display_number }, `Counter ${counter.number} is serving ${serving.display_number}: finish it before removing the counter`);
    }
  }
  for (const [serviceId, count] of waiting) {
    const service = office.services.find((s) => s.id === serviceId);
    if (count === 0 || !service || office.counters.some((c) => c.serviceIds.includes(serviceId))) continue;
    refuse('counters', { kind: 'nobody-serves-waiting', serviceName: service.name.ko, waiting: count }, `${count} people wait for ${serviceId} and no counter would serve them`);
  }
}

function parseOffice(office: OfficeConfig): OfficeConfig {
  const parsed = officeConfigSchema.safeParse(office);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return refuse(issue.path.join('.'), { kind: 'invalid' }, z.prettifyError(parsed.error));
}

/**
 * Puts a new office configuration in force mid-day, in one transaction: never reissuing a number,
 * never stranding a waiting ticket, and telling counter pages and boards to reload.
 */
export function changeOffice(ctx: QueueContext, holder: OfficeHolder, request: OfficeChangeRequest): OfficeChangeResult {
  const { db } = ctx;
  try {
    return writeTransaction(db, (): OfficeChangeResult => {
      const before = holder.current();
      const now = queueNow(ctx);
      const businessDay = currentBusinessDay(ctx, now);
      const proposed = parseOffice(request.next);
      if (businessDayOf(now, proposed.businessDayStartHour) !== businessDay) {
        refuse('businessDayStartHour', { kind: 'day-start-moves-today' }, 'This start hour would move today into another business day and start numbering again: change it after closing');
      }
      const waiting = new Map(ticketRows(db).waitingCounts(businessDay).map((row) => [row.service_id, row.n]));
      const planned = applyWaitingPlans(before, proposed, waiting, request.waitingPlans);
      const office = parseOffice(planned.office);
      for (const { from, to } of planned.moves) {
        waiting.set(to, (waiting.get(to) ?? 0) + (waiting.get(from) ?? 0));
        waiting.set(from, 0);
      }
      refuseStranding(db, businessDay, before, office, waiting);
      const rebases = continueNumbering(db, businessDay, before, office);

      const occurredAt = new Date(now).toISOString();
      let moved = 0;
      for (const { from, to } of planned.moves) {
        for (const ticket of ticketRows(db).waitingFor(businessDay, from)) {
          ticketRows(db).backToWaiting(ticket.id, to);
          outboxRows(db).append({
            type: 'ticket.transferred',
            ticketId: ticket.id,
            occurredAt,
            payload: { displayNumber: ticket.display_number, serviceId: to, counterId: null, counterNumber: null, fromServiceId: from },
          });
          moved += 1;
        }
      }
      for (const { serviceId, lastSequence } of rebases) numberSequenceRows(db).skipTo(businessDay, serviceId, lastSequence);
      outboxRows(db).append({ type: 'office.changed', ticketId: null, occurredAt, payload: {} });
      const version = holder.replace(office, { ...request.meta, savedAt: occurredAt });
      return { version, office, moved };
    });
  } catch (error) {
    holder.reload();
    throw error;
  }
}
