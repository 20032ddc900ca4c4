import { randomBytes, randomUUID } from 'node:crypto';
import type { EventBatch, KioskEvent, ticketEventTypes } from '../../../shared/district/api';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { Language } from '../../../shared/language';

export const TEST_DAY = '2026-03-02';
/** 10:00 in Seoul on TEST_DAY. */
export const TEST_NOW_MS = Date.parse('2026-03-02T01:00:00.000Z');
export const officeName = { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' };
export const serviceNames: Record<string, { ko: string; en: string }> = {
  passport: { ko: '여권', en: 'Passport' },
  'resident-registration': { ko: '주민등록 등·초본', en: 'Resident registration' },
};

export interface TestTicket {
  ticketId: string;
  displayNumber: string;
  serviceId: string;
  lineOrder: number;
  statusToken: string;
}

interface IssueOptions {
  phone?: string;
  language?: Language;
  kind?: 'paper' | 'mobile';
  /** The range the kiosk showed at issue. */
  estimate?: WaitEstimate;
}

/**
 * Writes events the way a kiosk's outbox would: one sequence, one line order, one (possibly wrong)
 * clock. Its snapshots tell `businessDayStartHour` when given, as kiosks from stop 15 on do.
 */
export function kioskScript({ businessDay = TEST_DAY, clockMs = TEST_NOW_MS, businessDayStartHour }: { businessDay?: string; clockMs?: number; businessDayStartHour?: number } = {}) {
  let sequence = 0;
  let lineOrder = 0;
  let now = clockMs;
  const base = (ticketId: string | null) => ({ eventId: randomUUID(), kioskSequence: ++sequence, occurredAt: new Date(now).toISOString(), ticketId });

  return {
    advance(ms: number) {
      now += ms;
    },
    issue(serviceId = 'passport', { phone, language = 'ko', kind = phone ? 'mobile' : 'paper', estimate }: IssueOptions = {}) {
      lineOrder += 1;
      const ticket: TestTicket = {
        ticketId: randomUUID(),
        displayNumber: String(1000 + lineOrder),
        serviceId,
        lineOrder,
        statusToken: randomBytes(18).toString('base64url'),
      };
      const event: KioskEvent = {
        ...base(ticket.ticketId),
        type: 'ticket.issued',
        payload: { ...ticket, businessDay, kind, language, ...(estimate ? { estimate } : {}), ...(phone ? { contact: { phone } } : {}) },
      };
      return { ticket, event };
    },
    move(type: (typeof ticketEventTypes)[number], ticket: TestTicket, counterNumber: number | null = null, serviceId = ticket.serviceId): KioskEvent {
      return { ...base(ticket.ticketId), type, payload: { displayNumber: ticket.displayNumber, serviceId, counterNumber } };
    },
    /** `forecasts`: the kiosk's own ranges for some waiting tickets, as [ticket, minMinutes, maxMinutes]. */
    snapshot(services: Array<{ id: string; waiting: number; estimate?: WaitEstimate }>, forecasts?: Array<[TestTicket, number, number]>): KioskEvent {
      return {
        ...base(null),
        type: 'office.snapshot',
        payload: {
          businessDay,
          ...(businessDayStartHour === undefined ? {} : { businessDayStartHour }),
          officeName,
          services: services.map(({ id, waiting, estimate = { kind: 'range', minMinutes: 10, maxMinutes: 20 } }) => ({
            id,
            name: serviceNames[id] ?? { ko: id, en: id },
            waiting,
            estimate,
          })),
          openCounters: Object.fromEntries(services.map(({ id }) => [id, 1])),
          ...(forecasts ? { forecasts: forecasts.map(([ticket, min, max]): [string, number, number] => [ticket.ticketId, min, max]) } : {}),
        },
      };
    },
    batch(events: KioskEvent[]): EventBatch {
      return { sentAt: new Date(now).toISOString(), events };
    },
  };
}
