import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../../shared/queue';
import { connectionStatus, type Connection } from './connection';
import type { LanResult } from './lanRequest';
import type { LiveEventHandlers } from './liveEvents';
import { REFRESH_MS, REOPEN_MS, RETRY_MS, startLiveSync } from './liveSync';

const event: LiveEvent = { id: 1, type: 'ticket.called', at: '2026-03-02T01:00:00.000Z', ticket: null, counterNumber: 1 };

/** A kiosk that answers loads with whatever the test sets, and an event stream the test drives. */
function harness() {
  let answer: LanResult<number> = { ok: true, value: 1 };
  let loads = 0;
  const streams: Array<{ handlers: LiveEventHandlers; closed: boolean }> = [];
  const snapshots: number[] = [];
  const connections: Connection[] = [];
  const sync = startLiveSync<number>({
    load: async () => {
      loads += 1;
      return answer;
    },
    onSnapshot: (value) => snapshots.push(value),
    onConnection: (connection) => connections.push(connection),
    openEvents: (handlers) => {
      const stream = { handlers, closed: false };
      streams.push(stream);
      return { close: () => void (stream.closed = true) };
    },
  });
  return {
    sync,
    snapshots,
    streams,
    stream: () => streams[streams.length - 1],
    loads: () => loads,
    answer: (next: LanResult<number>) => void (answer = next),
    status: () => connectionStatus(connections[connections.length - 1]),
    last: () => connections[connections.length - 1],
  };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('startLiveSync', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('loads at once and is online once the stream is open', async () => {
    const h = harness();
    await settle();
    expect(h.snapshots).toEqual([1]);
    expect(h.status()).toBe('connecting');
    h.stream().handlers.onOpen();
    await settle();
    expect(h.status()).toBe('online');
    h.sync.stop();
  });

  it('reloads on every event, one load at a time for a burst', async () => {
    const h = harness();
    await settle();
    const before = h.loads();
    h.stream().handlers.onEvent(event);
    h.stream().handlers.onEvent(event);
    h.stream().handlers.onEvent(null);
    await settle();
    expect(h.loads() - before).toBe(2);
    h.sync.stop();
  });

  it('keeps the last snapshot through an outage, marks it, and recovers by itself', async () => {
    const h = harness();
    h.stream().handlers.onOpen();
    await settle();
    const syncedAt = h.last().syncedAt;
    const shown = h.snapshots.length;

    h.answer({ ok: false, failure: { kind: 'unreachable' } });
    h.stream().handlers.onError(false);
    await settle();
    expect(h.status()).toBe('offline');
    expect(h.last().syncedAt).toBe(syncedAt);
    expect(h.snapshots).toHaveLength(shown);

    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(h.status()).toBe('offline');

    h.answer({ ok: true, value: 2 });
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    h.stream().handlers.onOpen();
    await settle();
    expect(h.snapshots.at(-1)).toBe(2);
    expect(h.status()).toBe('online');
    h.sync.stop();
  });

  it('opens a new stream after the browser gave up on the old one', async () => {
    const h = harness();
    await settle();
    h.stream().handlers.onError(true);
    expect(h.streams[0].closed).toBe(true);
    await vi.advanceTimersByTimeAsync(REOPEN_MS);
    expect(h.streams).toHaveLength(2);
    h.sync.stop();
  });

  it('replaces a stream that never noticed the kiosk was gone', async () => {
    const h = harness();
    h.stream().handlers.onOpen();
    await settle();
    h.answer({ ok: false, failure: { kind: 'unreachable' } });
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    expect(h.status()).toBe('offline');
    h.answer({ ok: true, value: 2 });
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(h.streams[0].closed).toBe(true);
    expect(h.streams).toHaveLength(2);
    h.sync.stop();
  });

  it('refreshes now and then even without events', async () => {
    const h = harness();
    await settle();
    const before = h.loads();
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    expect(h.loads()).toBe(before + 1);
    h.sync.stop();
  });

  it('stops loading and closes the stream when stopped', async () => {
    const h = harness();
    await settle();
    h.sync.stop();
    const before = h.loads();
    await vi.advanceTimersByTimeAsync(REFRESH_MS * 3);
    expect(h.loads()).toBe(before);
    expect(h.stream().closed).toBe(true);
  });
});
