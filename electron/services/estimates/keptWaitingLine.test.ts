import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../nodeShared/clock';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { callNext, setCounterState } from '../queue/calling';
import type { QueueContext } from '../queue/queueContext';
import { startIssuer } from '../testSupport/issuerTickets';
import { useTempDirs } from '../testSupport/tempDir';
import { estimatesForWaiting } from './estimateFromQueue';

const tempDir = useTempDirs();

function kiosk(dbFile: string): QueueContext {
  return { db: openDatabase(dbFile), office: () => testOffice, clock: systemClock };
}

const issue = (ctx: QueueContext) => issueTicket(ctx.db, testOffice, ctx.clock, { serviceId: 'bulk', kind: 'paper', language: 'ko' }).ticket;
const waitingIds = (ctx: QueueContext) => estimatesForWaiting(ctx).map((e) => e.ticketId);

describe('the waiting line kept in memory for estimates', () => {
  it('follows this connection’s own writes: issuing, calling, and a rolled-back transaction', () => {
    const ctx = kiosk(join(tempDir(), 'k.db'));
    setCounterState(ctx, 'bulk-1', 'open');
    const first = issue(ctx);
    expect(waitingIds(ctx)).toEqual([first.id]);
    const second = issue(ctx);
    expect(waitingIds(ctx)).toEqual([first.id, second.id]);
    callNext(ctx, 'bulk-1');
    expect(waitingIds(ctx)).toEqual([second.id]);

    // Read inside a transaction that then rolls back: the ticket it saw must not stay in the line.
    expect(() =>
      ctx.db.transaction(() => {
        const ghost = issue(ctx);
        expect(waitingIds(ctx)).toEqual([second.id, ghost.id]);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(waitingIds(ctx)).toEqual([second.id]);
    ctx.db.close();
  });

  it('sees tickets another process issued on the same database', async () => {
    const dbFile = join(tempDir(), 'k.db');
    const ctx = kiosk(dbFile);
    const own = issue(ctx);
    expect(waitingIds(ctx)).toEqual([own.id]);
    const issuer = startIssuer(dbFile, 3);
    expect(await issuer.exited).toBe(0);
    expect(waitingIds(ctx)).toEqual([own.id, ...issuer.acks.map((a) => a.id)]);

    // And the other way round: a call made by another connection takes the ticket out of this one's line.
    const other = kiosk(dbFile);
    setCounterState(other, 'bulk-1', 'open');
    callNext(other, 'bulk-1');
    other.db.close();
    expect(waitingIds(ctx)).toEqual(issuer.acks.map((a) => a.id));
    ctx.db.close();
  });
});
