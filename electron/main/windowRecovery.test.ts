import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../nodeShared/logger';
import { DEADLINE_MS, PING_EVERY_MS } from '../services/kiosk/pageWatchdog';
import { CRASH_BACKOFF_MS, keepKioskWindowAlive, type RecoverableWindow } from './windowRecovery';

/**
 * A window whose renderer the test crashes and hangs; it records what recovery asked of it. Its page
 * answers the watchdog until `freeze`; loading the start screen gives a new page that answers.
 */
function testWindow() {
  const events = new EventEmitter();
  const asked: string[] = [];
  let frozen = false;
  const window: RecoverableWindow = {
    onRendererGone: (listener) => events.on('gone', listener),
    onUnresponsive: (listener) => events.on('unresponsive', listener),
    onPageLoading: (listener) => events.on('loading', listener),
    onPageLoaded: (listener) => events.on('loaded', listener),
    ping: () => (frozen ? new Promise(() => undefined) : Promise.resolve()),
    showStartScreen: async () => {
      asked.push('start screen');
      frozen = false;
      events.emit('loading');
      events.emit('loaded');
    },
    endRenderer: () => {
      asked.push('end renderer');
      // Electron reports a renderer it was told to end as killed.
      events.emit('gone', 'killed');
    },
  };
  return {
    window,
    asked,
    crash: (reason = 'crashed') => events.emit('gone', reason),
    hang: () => events.emit('unresponsive'),
    load: () => events.emit('loaded'),
    navigate: () => events.emit('loading'),
    freeze: () => (frozen = true),
  };
}

function testLog() {
  const lines: string[] = [];
  return { log: createLogger('sunbeon-main', { write: (line: string) => lines.push(line) }), lines };
}

describe('keepKioskWindowAlive', () => {
  afterEach(() => vi.useRealTimers());

  it('opens the start screen again at once when the page crashes, and logs why', async () => {
    const { window, asked, crash } = testWindow();
    const { log, lines } = testLog();
    keepKioskWindowAlive(window, log, { now: () => 0, wait: () => Promise.reject(new Error('no wait expected')) });
    crash('oom');
    await vi.waitFor(() => expect(asked).toEqual(['start screen']));
    expect(lines.some((line) => line.includes('renderer is gone (oom)'))).toBe(true);
  });

  it('ends a hung page, which then comes back on the start screen', async () => {
    const { window, asked, hang } = testWindow();
    keepKioskWindowAlive(window, testLog().log);
    hang();
    await vi.waitFor(() => expect(asked).toEqual(['end renderer', 'start screen']));
  });

  it('ends a page whose main thread stops answering the watchdog, long before Electron calls it unresponsive', async () => {
    vi.useFakeTimers();
    const { window, asked, load, freeze } = testWindow();
    const { log, lines } = testLog();
    keepKioskWindowAlive(window, log, { now: () => Date.now(), wait: () => Promise.reject(new Error('no wait expected')) });
    load();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual([]);
    freeze();
    await vi.advanceTimersByTimeAsync(DEADLINE_MS + 2 * PING_EVERY_MS);
    expect(asked).toEqual(['end renderer', 'start screen']);
    expect(lines.some((line) => /has not answered for \d+ ms/.test(line))).toBe(true);
    // The new page answers and is watched like the first: it stays.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual(['end renderer', 'start screen']);
    freeze();
    await vi.advanceTimersByTimeAsync(DEADLINE_MS + 2 * PING_EVERY_MS);
    expect(asked).toEqual(['end renderer', 'start screen', 'end renderer', 'start screen']);
  });

  it('does not watch a page while it loads', async () => {
    vi.useFakeTimers();
    const { window, asked, load, navigate, freeze } = testWindow();
    keepKioskWindowAlive(window, testLog().log, { now: () => Date.now(), wait: () => Promise.reject(new Error('no wait expected')) });
    load();
    await vi.advanceTimersByTimeAsync(1_000);
    // The page loads again: its bundle is parsed and run, the thread is busy for a second and answers nothing.
    navigate();
    freeze();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toEqual([]);
  });

  it('leaves a window that is closing with the app alone', async () => {
    const { window, asked, crash } = testWindow();
    keepKioskWindowAlive(window, testLog().log);
    crash('clean-exit');
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked).toEqual([]);
  });

  it('waits between tries for a page that keeps crashing, and not once the minute has passed', async () => {
    const { window, asked, crash } = testWindow();
    let now = 0;
    const waits: number[] = [];
    keepKioskWindowAlive(window, testLog().log, { now: () => now, wait: async (ms) => void waits.push(ms) });
    for (let i = 0; i < 4; i++) {
      crash();
      now += 1_000;
    }
    await vi.waitFor(() => expect(asked).toHaveLength(4));
    expect(waits).toEqual([CRASH_BACKOFF_MS]);
    now += 60_000;
    crash();
    await vi.waitFor(() => expect(asked).toHaveLength(5));
    expect(waits).toEqual([CRASH_BACKOFF_MS]);
  });

  it('logs a start screen that fails to load instead of throwing into main', async () => {
    const { window, crash } = testWindow();
    const { log, lines } = testLog();
    keepKioskWindowAlive({ ...window, showStartScreen: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) }, log);
    crash();
    await vi.waitFor(() => expect(lines.some((line) => line.includes('did not load again: ERR_FILE_NOT_FOUND'))).toBe(true));
  });
});
