import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase, type Database } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import { demoOffice } from '../office/demoOffice';
import { setCounterState } from '../queue/calling';
import { issueTicket } from '../issuing/issueTicket';
import { createQueueChanges, type QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { settableClock } from '../../../nodeShared/clock';
import { createLanServer } from '../lan/lanServer';
import { lockoutClocksOn } from '../staff/lockoutEnd';
import type { LiveStreamLimits } from '../lan/liveEventRoutes';
import { createPairingCode } from '../lan/pairingCodes';

export function openLanTestDatabase(dir: string): Database {
  return openDatabase(join(dir, 'k.db'));
}

function writePages(pagesDir: string): void {
  mkdirSync(join(pagesDir, 'assets'), { recursive: true });
  mkdirSync(join(pagesDir, 'counter'), { recursive: true });
  mkdirSync(join(pagesDir, 'board'), { recursive: true });
  writeFileSync(join(pagesDir, 'counter', 'index.html'), '<!doctype html><title>counter</title>');
  writeFileSync(join(pagesDir, 'board', 'index.html'), '<!doctype html><title>board</title>');
  writeFileSync(join(pagesDir, 'assets', 'board.js'), 'console.log("board")');
  writeFileSync(join(pagesDir, '..', 'outside.js'), 'outside the pages');
}

/** Counts live subscriptions to `changes`: an event stream must drop its own when its client goes away. */
export function countingSubscriptions(inner: QueueChanges): { changes: QueueChanges; active: () => number } {
  let active = 0;
  const changes: QueueChanges = {
    notify: () => inner.notify(),
    subscribe(listener) {
      active += 1;
      const unsubscribe = inner.subscribe(listener);
      return () => {
        active -= 1;
        unsubscribe();
      };
    },
  };
  return { changes, active: () => active };
}

/** A LAN server on a real temp database with the demo office, a settable clock and a log that records. */
export function setupLanServer(tempDir: string, options: { liveStreamLimits?: LiveStreamLimits } = {}) {
  const db = openLanTestDatabase(tempDir);
  const clock = settableClock('2026-11-24T01:00:00Z');
  let office: OfficeConfig = demoOffice;
  const queue: QueueContext = { db, office: () => office, clock };
  const lockoutClocks = lockoutClocksOn(clock);
  const { changes, active: subscriptions } = countingSubscriptions(createQueueChanges());
  const pagesDir = join(tempDir, 'pages');
  writePages(pagesDir);
  const logged: string[] = [];
  const loggedAt: Record<'debug' | 'warn' | 'error', string[]> = { debug: [], warn: [], error: [] };
  const log: Logger = {
    debug: (m) => loggedAt.debug.push(m),
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m) && loggedAt.warn.push(m),
    error: (m) => logged.push(m) && loggedAt.error.push(m),
  };
  const server = createLanServer({ queue, lockoutClocks, changes, pagesDir, log, liveStreamLimits: options.liveStreamLimits });

  return {
    db,
    clock,
    queue,
    lockoutClocks,
    changes,
    subscriptions,
    server,
    app: server.app,
    logged,
    /** Lines by level, for tests about what reaches the warn and error levels. */
    loggedAt,
    setOffice: (next: OfficeConfig) => (office = next),
    later: (seconds: number) => clock.set(clock.now() + seconds * 1000),
    /** Issues like the kiosk does: the transaction, then the notification. */
    issue(serviceId: string) {
      const { ticket } = issueTicket(db, office, clock, { serviceId, kind: 'paper', language: 'ko' });
      changes.notify();
      return ticket;
    },
    open: (counterId: string) => setCounterState(queue, counterId, 'open'),
    async pair(counterId: string): Promise<string> {
      const { code } = createPairingCode(db, clock, counterId);
      const response = await server.app.inject({ method: 'POST', url: '/api/pair', payload: { code } });
      if (response.statusCode !== 200) throw new Error(`pairing failed: ${response.body}`);
      return (response.json() as { token: string }).token;
    },
  };
}
