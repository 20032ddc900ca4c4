import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { useTempDirs } from '../testSupport/tempDir';
import { outboxRows } from './outboxRows';

const tempDir = useTempDirs();

describe('outbox rows', () => {
  it('reads the unsent tail in order through the partial index', () => {
    const db = openDatabase(join(tempDir(), 'queue.db'));
    const outbox = outboxRows(db);
    const ids = Array.from({ length: 5 }, () => outbox.append({ type: 'counter.state', ticketId: null, occurredAt: '2026-11-24T01:00:00.000Z', payload: {} }));
    outbox.markSent(ids.slice(0, 2), '2026-11-24T01:00:01.000Z');

    expect(outbox.unsent(2).map((row) => row.event_id)).toEqual(ids.slice(2, 4));
    expect(outbox.unsentCount()).toBe(3);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT position FROM outbox WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY position LIMIT 1').all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('outbox_unsent');
    db.close();
  });
});
