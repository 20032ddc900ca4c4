import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/services/database/openDatabase';
import { estimateForTicket, estimatesForWaiting } from '../electron/services/estimates/estimateFromQueue';
import { createPairingCode } from '../electron/services/lan/pairingCodes';
import { createLanServer } from '../electron/services/lan/lanServer';
import { lockoutClocksOn } from '../electron/services/staff/lockoutEnd';
import type { Logger } from '../nodeShared/logger';
import { callNext, setCounterState } from '../electron/services/queue/calling';
import { issueTicket } from '../electron/services/issuing/issueTicket';
import { createQueueChanges } from '../electron/services/queue/queueChanges';
import { currentBusinessDay, type QueueContext } from '../electron/services/queue/queueContext';
import { ticketRows } from '../electron/services/queue/ticketRows';
import { peopleAheadOf, waitingPositions } from '../electron/services/queue/tickets';
import { settingRows } from '../electron/services/settings/settingRows';
import { systemClock } from '../nodeShared/clock';
import { testOffice } from '../tools/fixtures/testOffice';
import { ms, percentiles, timed, timeEach } from './stats';

const WAITING = 5_000;
const CALLS = 300;
const PUSHES = 100;
/** A long day of calls behind a short line: issuing must cost the same at its end as at its start. */
const DAY_CALLS = 5_000;
const LINE = 20;
const MEASURED_ISSUES = 200;
/** The one-query-per-ticket comparison times every this-many-th waiting ticket: all 5,000 took minutes. */
const ONE_BY_ONE_STRIDE = 50;
const ESTIMATE_PASSES = 50;
const quietLog: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function queueWithWaiting(dataDir: string, count: number): QueueContext {
  const db = openDatabase(join(dataDir, 'k.db'));
  const ctx: QueueContext = { db, office: () => testOffice, clock: systemClock };
  for (let i = 0; i < count; i += 1) issueTicket(db, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' });
  for (const counter of testOffice.counters) setCounterState(ctx, counter.id, 'open');
  return ctx;
}

/** Call next with 5,000 waiting, beside one fsync'd commit; then positions and estimates for everyone waiting. */
export async function benchCalling(): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const ctx = queueWithWaiting(dataDir, WAITING + CALLS);
  const call = await timeEach(CALLS, async () => void callNext(ctx, 'bulk-1'));
  const floor = await timeEach(CALLS, async (i) => void ctx.db.transaction(() => settingRows(ctx.db).write(`floor-${i}`, 'v')).immediate());

  const businessDay = currentBusinessDay(ctx);
  // The choice alone, without the commit: with nobody past the starvation limit, and with everyone past it.
  const deskServices = testOffice.counters[0].serviceIds;
  const pickFresh = percentiles(await timeEach(CALLS, async () => ticketRows(ctx.db).nextToCall(businessDay, deskServices, 0)));
  const pickStarved = percentiles(await timeEach(CALLS, async () => ticketRows(ctx.db).nextToCall(businessDay, deskServices, Number.MAX_SAFE_INTEGER)));
  const waitingIds = ticketRows(ctx.db)
    .waitingInIssueOrder(businessDay)
    .map((r) => r.id);
  // One query per ticket costs in proportion to the ticket's place, so evenly spaced tickets scaled up give the whole line's cost.
  const sampled = waitingIds.filter((_, i) => i % ONE_BY_ONE_STRIDE === 0);
  const wholeLine = (sampleMs: number) => (sampleMs * waitingIds.length) / sampled.length;
  const [positionsOneByOne] = await timeEach(1, async () => sampled.forEach((id) => peopleAheadOf(ctx.db, id)));
  const positions = percentiles(await timeEach(20, async () => waitingPositions(ctx.db, businessDay)));
  const [estimatesOneByOne] = await timeEach(1, async () => sampled.forEach((id) => estimateForTicket(ctx, id)));
  const cpuBefore = process.cpuUsage();
  const estimates = percentiles(await timeEach(ESTIMATE_PASSES, async () => estimatesForWaiting(ctx)));
  const cpu = process.cpuUsage(cpuBefore);
  const estimatesCpuMs = (cpu.user + cpu.system) / 1000 / ESTIMATE_PASSES;
  // After any write the kept line is read again: a ticket called elsewhere, a desk switched.
  const afterChange: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    ctx.db.transaction(() => settingRows(ctx.db).write(`change-${i}`, 'v')).immediate();
    afterChange.push(await timed(async () => estimatesForWaiting(ctx)));
  }
  const estimatesAfterChange = percentiles(afterChange);
  const readWaiting = percentiles(await timeEach(50, async () => ticketRows(ctx.db).waitingInIssueOrder(businessDay)));
  ctx.db.close();
  rmSync(dataDir, { recursive: true, force: true });

  const c = percentiles(call);
  const f = percentiles(floor);
  return [
    [`call next, ${WAITING.toLocaleString('en')} waiting`, ms(c.p50), ms(c.p95), ms(c.p99)],
    ['floor: one fsync’d commit', ms(f.p50), ms(f.p95), ms(f.p99)],
    ['ratio', `${(c.p50 / f.p50).toFixed(1)}×`, `${(c.p95 / f.p95).toFixed(1)}×`, `${(c.p99 / f.p99).toFixed(1)}×`],
    [`  … choosing the ticket alone (nextToCall), nobody past the starvation limit`, ms(pickFresh.p50), ms(pickFresh.p95), ms(pickFresh.p99)],
    [`  … choosing the ticket alone, all ${WAITING.toLocaleString('en')} past the limit`, ms(pickStarved.p50), ms(pickStarved.p95), ms(pickStarved.p99)],
    [`positions of all ${waitingIds.length.toLocaleString('en')} waiting, one pass`, ms(positions.p50), ms(positions.p95), ms(positions.p99)],
    [`  … one query per ticket (for comparison; every ${ONE_BY_ONE_STRIDE}th ticket timed, scaled to all)`, ms(wholeLine(positionsOneByOne)), '', ''],
    [`estimates of all ${waitingIds.length.toLocaleString('en')} waiting, one forward pass, line kept in memory (goal ≤ 5 ms)`, ms(estimates.p50), ms(estimates.p95), ms(estimates.p99)],
    [`  … CPU time per call, mean of the ${ESTIMATE_PASSES} (process.cpuUsage: the wall time above adds any wait for a core)`, ms(estimatesCpuMs), '', ''],
    [`  … the first after a write (line read again)`, ms(estimatesAfterChange.p50), ms(estimatesAfterChange.p95), ms(estimatesAfterChange.p99)],
    [`  floor: reading those waiting rows from the database alone`, ms(readWaiting.p50), ms(readWaiting.p95), ms(readWaiting.p99)],
    [`  … one query per ticket (for comparison; every ${ONE_BY_ONE_STRIDE}th ticket timed, scaled to all)`, ms(wholeLine(estimatesOneByOne)), '', ''],
  ];
}

/**
 * Issuing a ticket (its forecast included) early and late in one long day: each flow issues one
 * ticket and a desk calls the next, so the line stays at LINE while the day's calls pile up.
 */
export async function benchIssuingOverDay(): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const ctx = queueWithWaiting(dataDir, LINE);
  const early = { issue: [] as number[], forecast: [] as number[] };
  const late = { issue: [] as number[], forecast: [] as number[] };
  for (let i = 0; i < DAY_CALLS; i += 1) {
    const issueStarted = performance.now();
    const { ticket } = issueTicket(ctx.db, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' });
    const issueMs = performance.now() - issueStarted;
    // The same forecast again, alone: no fsync in the way of seeing what it reads.
    const forecastStarted = performance.now();
    estimateForTicket(ctx, ticket.id);
    const forecastMs = performance.now() - forecastStarted;
    const block = i < MEASURED_ISSUES ? early : i >= DAY_CALLS - MEASURED_ISSUES ? late : null;
    block?.issue.push(issueMs);
    block?.forecast.push(forecastMs);
    callNext(ctx, testOffice.counters[i % testOffice.counters.length].id);
  }
  ctx.db.close();
  rmSync(dataDir, { recursive: true, force: true });

  return (['issue', 'forecast'] as const).flatMap((measure) => {
    const e = percentiles(early[measure]);
    const l = percentiles(late[measure]);
    const what = measure === 'issue' ? `issue a ticket (fsync'd, forecast included), ${LINE} waiting` : '  its forecast alone';
    return [
      [`${what}, among the day's first ${MEASURED_ISSUES} calls`, ms(e.p50), ms(e.p95), ms(e.p99)],
      [`  … after ${(DAY_CALLS - MEASURED_ISSUES).toLocaleString('en')} calls of the same day`, ms(l.p50), ms(l.p95), ms(l.p99)],
      ['  ratio late ÷ early (flat: about 1×)', `${(l.p50 / e.p50).toFixed(1)}×`, `${(l.p95 / e.p95).toFixed(1)}×`, `${(l.p99 / e.p99).toFixed(1)}×`],
    ];
  });
}

/** From a counter's "call next" over HTTP to the board's event stream receiving it, beside a bare loopback HTTP round trip. */
export async function benchPush(): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-bench-'));
  const ctx = queueWithWaiting(dataDir, PUSHES + 1);
  const server = createLanServer({ queue: ctx, lockoutClocks: lockoutClocksOn(systemClock), changes: createQueueChanges(), pagesDir: dataDir, log: quietLog });
  const { url } = await server.listen({ host: '127.0.0.1', port: 0 });
  const { code } = createPairingCode(ctx.db, systemClock, 'bulk-1');
  const { token } = (await (await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { token: string };

  let onCalled: (() => void) | null = null;
  const stream = request(`${url}/api/events`, (response) => {
    response.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('event: ticket.called')) onCalled?.();
    });
  });
  stream.end();
  await new Promise((resolve) => setTimeout(resolve, 200));

  const push = await timeEach(PUSHES, async () => {
    const received = new Promise<void>((resolve) => (onCalled = resolve));
    await fetch(`${url}/api/counter/call-next`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    await received;
  });
  const roundTrip = await timeEach(PUSHES, async () => void (await (await fetch(`${url}/api/board/state`)).arrayBuffer()));
  stream.destroy();
  await server.close();
  ctx.db.close();
  rmSync(dataDir, { recursive: true, force: true });

  const p = percentiles(push);
  const r = percentiles(roundTrip);
  return [
    ['call next (HTTP) → board receives the event (SSE)', ms(p.p50), ms(p.p95), ms(p.p99)],
    ['floor: one board-state GET round trip', ms(r.p50), ms(r.p95), ms(r.p99)],
    ['ratio', `${(p.p50 / r.p50).toFixed(1)}×`, `${(p.p95 / r.p95).toFixed(1)}×`, `${(p.p99 / r.p99).toFixed(1)}×`],
  ];
}
