import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeSnapshotPayloadSchema, SNAPSHOT_FORECASTS_PER_LINE } from '../../../shared/district/api';
import { settableClock } from '../../../nodeShared/clock';
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
});
