import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../nodeShared/logger';
import { demoOffice } from '../office/demoOffice';
import { issueTicket } from '../issuing/issueTicket';
import { createQueueChanges } from '../queue/queueChanges';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { countingSubscriptions, openLanTestDatabase } from '../testSupport/lanServerSetup';
import { streamLiveEvents } from './liveEventStream';
import { noAlerts } from './alertFeed';

const tempDir = useTempDirs();
afterEach(() => vi.useRealTimers());

function setup(options: { highWaterMark?: number } = {}) {
  const db = openLanTestDatabase(tempDir());
  const clock = settableClock('2026-11-24T01:00:00Z');
  const { changes, active: subscriptions } = countingSubscriptions(createQueueChanges());
  const out = new PassThrough(options);
  const logged: string[] = [];
  const log: Logger = { debug: () => undefined, info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };
  const issue = (count: number) => {
    for (let i = 0; i < count; i += 1) issueTicket(db, demoOffice, clock, { serviceId: 'passport', kind: 'paper', language: 'ko' });
  };
  const start = (afterId = 0) => streamLiveEvents({ db, changes, alerts: noAlerts, afterId, out, log, heartbeatMs: 15_000 });
  return { db, changes, subscriptions, out, logged, issue, start };
}

const idsIn = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));

describe('streamLiveEvents', () => {
  it('writes each event as id, event and data lines after a retry hint', () => {
    const { out, issue, start } = setup();
    issue(1);
    start();
    expect(String(out.read())).toMatch(/^retry: 1000\n\nid: 1\nevent: ticket\.issued\ndata: \{"id":1,"type":"ticket\.issued",.*"displayNumber":"4001".*\}\n\n$/);
  });

  it('sends a heartbeat comment every 15 s and stops it, and the subscription, when the client goes away', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { out, subscriptions, start } = setup();
    start();
    expect(subscriptions()).toBe(1);
    out.read();
    vi.advanceTimersByTime(14_999);
    expect(out.read()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(String(out.read())).toBe(': heartbeat\n\n');

    out.destroy();
    await new Promise((resolve) => out.once('close', resolve));
    expect(subscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds back while a slow client’s buffer is full, then goes on where it stopped', async () => {
    const { out, issue, start, changes } = setup({ highWaterMark: 512 });
    issue(40);
    start();
    issue(20);
    changes.notify();
    await new Promise((resolve) => setImmediate(resolve));
    // Nobody reads yet: the stream holds about its buffer's worth, not all 60 events.
    expect(out.readableLength + out.writableLength).toBeLessThan(1500);
    let text = '';
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => (text += chunk));
    await vi.waitFor(() => expect(idsIn(text)).toHaveLength(60));
    expect(idsIn(text)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('ends the stream when the log cannot be read, so that the client reconnects and resumes', () => {
    const { db, out, logged, start } = setup();
    db.close();
    start();
    expect(out.writableEnded).toBe(true);
    expect(logged).toEqual(['Live event stream stopped: TypeError: The database connection is not open']);
  });
});
