import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import { systemClock } from '../../../nodeShared/clock';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { callNext, completeService, setCounterState } from '../queue/calling';
import { currentBusinessDay } from '../queue/queueContext';
import type { QueueContext } from '../queue/queueContext';
import { startIssuer } from '../testSupport/issuerTickets';
import { useTempDirs } from '../testSupport/tempDir';
import { RECENT_SAMPLES } from './deskTimes';
import { estimatesForWaiting } from './estimateFromQueue';
import { waitForecastRows } from './waitForecastRows';

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

describe("today's finished tickets kept in memory for estimates", () => {
  /** A kiosk whose reads of a day's finished tickets (today's: `business_day = ?`) are counted. */
  function countingKiosk(dbFile: string) {
    const ctx = kiosk(dbFile);
    const reads = { today: 0 };
    const prepare = ctx.db.prepare.bind(ctx.db);
    ctx.db.prepare = ((source: string) => {
      const statement = prepare(source) as Statement<unknown[]>;
      if (source.includes('AS nextCalledAtMs') && source.includes('t.business_day = ?')) {
        const all = statement.all.bind(statement);
        statement.all = (...params: unknown[]) => ((reads.today += 1), all(...params));
      }
      return statement;
    }) as typeof ctx.db.prepare;
    return { ctx, reads };
  }
  const finishOne = (ctx: QueueContext, counterId: string) => {
    callNext(ctx, counterId);
    completeService(ctx, counterId);
  };

  it("reads each service's once until the database changes, not on every estimate", () => {
    const { ctx, reads } = countingKiosk(join(tempDir(), 'k.db'));
    setCounterState(ctx, 'bulk-1', 'open');
    for (let i = 0; i < 4; i += 1) issue(ctx);
    finishOne(ctx, 'bulk-1');
    // Issuing made its forecasts inside its transactions, which read afresh: from here on only estimates read.
    reads.today = 0;
    const services = testOffice.services.length;
    for (let i = 0; i < 3; i += 1) estimatesForWaiting(ctx);
    expect(reads.today).toBe(services);
    // The desk finishing a ticket is a write: the next estimate reads again, once.
    finishOne(ctx, 'bulk-1');
    reads.today = 0;
    estimatesForWaiting(ctx);
    estimatesForWaiting(ctx);
    expect(reads.today).toBe(services);
    ctx.db.close();
  });

  it('follows a finish on this connection, one on another, and forgets one a rolled-back transaction made', () => {
    const dbFile = join(tempDir(), 'k.db');
    const ctx = kiosk(dbFile);
    setCounterState(ctx, 'bulk-1', 'open');
    setCounterState(ctx, 'bulk-2', 'open');
    for (let i = 0; i < 4; i += 1) issue(ctx);
    const day = currentBusinessDay(ctx);
    const finished = () => waitForecastRows(ctx.db).latestFinished(day, 'bulk', RECENT_SAMPLES).length;
    expect(finished()).toBe(0);
    finishOne(ctx, 'bulk-1');
    expect(finished()).toBe(1);

    const other = kiosk(dbFile);
    finishOne(other, 'bulk-2');
    other.db.close();
    expect(finished()).toBe(2);

    expect(() =>
      ctx.db.transaction(() => {
        finishOne(ctx, 'bulk-1');
        expect(finished()).toBe(3);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(finished()).toBe(2);
    ctx.db.close();
  });
});
