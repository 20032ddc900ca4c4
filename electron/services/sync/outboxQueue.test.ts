import { describe, expect, it } from 'vitest';
import { appendOutboxEvent } from '../queue/outbox';
import { useTempDirs } from '../testSupport/tempDir';
import { markOutboxSent, unsentOutboxCount, unsentOutboxRows } from './outboxQueue';
import { openSyncTestDatabase } from './testSupport/syncTestKiosk';

const tempDir = useTempDirs();

describe('outbox queue', () => {
  it('reads the unsent tail in order through the partial index', () => {
    const db = openSyncTestDatabase(tempDir());
    const ids = Array.from({ length: 5 }, () => appendOutboxEvent(db, { type: 'counter.state', ticketId: null, occurredAt: '2026-11-24T01:00:00.000Z', payload: {} }));
    markOutboxSent(db, ids.slice(0, 2), '2026-11-24T01:00:01.000Z');

    expect(unsentOutboxRows(db, 2).map((row) => row.event_id)).toEqual(ids.slice(2, 4));
    expect(unsentOutboxCount(db)).toBe(3);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT position FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT 1').all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('outbox_unsent');
    db.close();
  });
});
