import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeSnapshotPayloadSchema, SNAPSHOT_FORECASTS_PER_LINE } from '../../../shared/district/api';
import { settableClock } from '../../../nodeShared/clock';
import { movedMaterially } from '../../../server/src/messages/forecastUpdates';
import { estimateForTicket as districtEstimateForTicket } from '../../../server/src/status/placeEstimate';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase } from '../database/openDatabase';
import { estimateForTicket } from '../estimates/estimateFromQueue';
import { issueTicket } from '../issuing/issueTicket';
import { demoOffice } from '../office/demoOffice';
import { setCounterState } from '../queue/calling';
import type { QueueContext } from '../queue/queueContext';
import { useTempDirs } from '../testSupport/tempDir';
import { officeSnapshot } from './districtLink';

const tempDir = useTempDirs();

describe('the office snapshot sent to the district server', () => {
  it("tells the hour the office's business day starts, so the district's pages open the office on its own day", () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const office: OfficeConfig = { ...demoOffice, businessDayStartHour: 6 };
    // 05:00 in Seoul on Wednesday: still Tuesday's business day for this office.
    const ctx: QueueContext = { db, office: () => office, clock: settableClock('2026-11-25T05:00:00+09:00') };
    expect(officeSnapshotPayloadSchema.parse(officeSnapshot(ctx))).toMatchObject({ businessDay: '2026-11-24', businessDayStartHour: 6 });
    db.close();
  });

  it('carries the front of every line with the same estimate each ticket was shown, within the contract', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const clock = settableClock('2026-11-24T01:00:00Z');
    const ctx: QueueContext = { db, office: () => demoOffice, clock };
    // counter-1: resident-registration and family-relations; counter-3 (passports) stays closed: no range for passports.
    setCounterState(ctx, 'counter-1', 'open');
    const issue = (serviceId: string) => issueTicket(db, demoOffice, clock, { serviceId, kind: 'paper', language: 'ko' }).ticket;
    const residents = Array.from({ length: SNAPSHOT_FORECASTS_PER_LINE + 5 }, () => issue('resident-registration'));
    const families = [issue('family-relations'), issue('family-relations')];
    issue('passport');

    const snapshot = officeSnapshotPayloadSchema.parse(officeSnapshot(ctx));
    const forecastIds = (snapshot.forecasts ?? []).map(([ticketId]) => ticketId);
    expect(forecastIds).toEqual([...residents.slice(0, SNAPSHOT_FORECASTS_PER_LINE), ...families].map((t) => t.id));
    for (const [ticketId, minMinutes, maxMinutes] of snapshot.forecasts ?? []) {
      expect(estimateForTicket(ctx, ticketId)).toEqual({ kind: 'range', minMinutes, maxMinutes });
    }
    db.close();
  });

  it('tells no ticket of a line whose desk closes before reaching it to stop waiting: the district server sends no such update', () => {
    const weekday = { open: '09:00', close: '18:00' } as const;
    const office: OfficeConfig = {
      ...demoOffice,
      hours: { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: null, sun: null }, holidays: [] },
      counters: demoOffice.counters.map((c) => (c.id === 'counter-3' ? { ...c, closesAt: '17:00' } : c)),
    };
    const db = openDatabase(join(tempDir(), 'k.db'));
    // Tuesday 16:30: the only passport desk closes in 30 minutes and reaches three of these before then.
    const clock = settableClock('2026-11-24T16:30:00+09:00');
    const ctx: QueueContext = { db, office: () => office, clock };
    setCounterState(ctx, 'counter-3', 'open');
    const tickets = Array.from({ length: SNAPSHOT_FORECASTS_PER_LINE + 5 }, () => issueTicket(db, office, clock, { serviceId: 'passport', kind: 'paper', language: 'ko' }).ticket);
    const snapshot = officeSnapshotPayloadSchema.parse(officeSnapshot(ctx));
    db.close();

    tickets.forEach((ticket, place) => {
      expect(ticket.estimate.kind).toBe('range');
      const told = districtEstimateForTicket(snapshot, { ticketId: ticket.id, serviceId: 'passport', businessDay: snapshot.businessDay }, place);
      expect(told.kind).toBe('range');
      expect(movedMaterially(ticket.estimate, told)).toBe(false);
    });
  });
});
