import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageWatchdog, DEADLINE_MS, PING_EVERY_MS, SETTLING_MS, type PingablePage } from './pageWatchdog';

/** A page whose main thread the test holds: while `hung`, questions pile up unanswered until it is released. */
function testPage() {
  let hung = false;
  let waiting: Array<() => void> = [];
  let asked = 0;
  const page: PingablePage = {
    ping: () => {
      asked += 1;
      return new Promise<void>((resolve) => (hung ? waiting.push(resolve) : resolve()));
    },
  };
  return {
    page,
    asked: () => asked,
    hang: () => (hung = true),
    /** Only the first question still waiting is answered (a late answer from a page being replaced). */
    answerOldest: () => waiting.shift()?.(),
    /** The long task ends: every question asked meanwhile is answered. */
    release() {
      hung = false;
      waiting.forEach((answer) => answer());
      waiting = [];
    },
  };
}

describe('createPageWatchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const watchdogOf = (page: PingablePage, hungAfter: number[]) => createPageWatchdog(page, (silentMs) => hungAfter.push(silentMs), { now: () => Date.now() });

  it('reports a page that stops answering once, within an interval of the deadline', async () => {
    const { page, hang } = testPage();
    const hungAfter: number[] = [];
    watchdogOf(page, hungAfter).watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS);
    expect(hungAfter).toEqual([]);
    hang();
    const hungAt = Date.now();
    await vi.advanceTimersByTimeAsync(DEADLINE_MS + 2 * PING_EVERY_MS);
    expect(hungAfter).toHaveLength(1);
    expect(hungAfter[0]).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(Date.now() - hungAt).toBeLessThanOrEqual(DEADLINE_MS + 2 * PING_EVERY_MS);
    // Reported once: the recovery now replaces the page and watches the new one.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(hungAfter).toHaveLength(1);
  });

  it('leaves a page alone that is slow but answers within the deadline, asking one question at a time', async () => {
    const { page, asked, hang, release } = testPage();
    const hungAfter: number[] = [];
    watchdogOf(page, hungAfter).watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS);
    for (let task = 0; task < 10; task += 1) {
      hang();
      await vi.advanceTimersByTimeAsync(DEADLINE_MS - PING_EVERY_MS);
      release();
      await vi.advanceTimersByTimeAsync(PING_EVERY_MS);
    }
    expect(hungAfter).toEqual([]);
    // A question per long task (plus the ones between them), not one per interval piling up on a busy page.
    expect(asked()).toBeLessThanOrEqual(25 + SETTLING_MS / PING_EVERY_MS);
  });

  it('gives the page a fresh deadline when the watchdog itself was held up, instead of blaming the page', async () => {
    const { page, hang, release } = testPage();
    const hungAfter: number[] = [];
    watchdogOf(page, hungAfter).watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS);
    hang();
    await vi.advanceTimersByTimeAsync(PING_EVERY_MS);
    // A question waits on the page's long task when the watchdog's process gets no CPU for two
    // seconds (an overloaded machine, or one that slept): the clock moves and no timer runs.
    vi.setSystemTime(Date.now() + 2_000);
    await vi.advanceTimersByTimeAsync(PING_EVERY_MS);
    expect(hungAfter).toEqual([]);
    release();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(hungAfter).toEqual([]);
    // A stall does not excuse a page that really hangs afterwards.
    hang();
    await vi.advanceTimersByTimeAsync(DEADLINE_MS + 2 * PING_EVERY_MS);
    expect(hungAfter).toHaveLength(1);
  });

  it('gives a page that has just loaded SETTLING_MS to answer, its heaviest time', async () => {
    const { page, hang } = testPage();
    const hungAfter: number[] = [];
    watchdogOf(page, hungAfter).watch();
    hang();
    await vi.advanceTimersByTimeAsync(SETTLING_MS - PING_EVERY_MS);
    expect(hungAfter).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * PING_EVERY_MS);
    expect(hungAfter).toHaveLength(1);
  });

  it('asks nothing while paused (the page loads or is gone), and ignores answers about the page before', async () => {
    const { page, asked, hang, answerOldest } = testPage();
    const hungAfter: number[] = [];
    const watchdog = watchdogOf(page, hungAfter);
    watchdog.watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS);
    hang();
    await vi.advanceTimersByTimeAsync(PING_EVERY_MS);
    watchdog.pause();
    const askedBefore = asked();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked()).toBe(askedBefore);
    expect(hungAfter).toEqual([]);
    // The next page is watched and hangs too; the old page's late answer does not count for it.
    watchdog.watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS - PING_EVERY_MS);
    answerOldest();
    await vi.advanceTimersByTimeAsync(2 * PING_EVERY_MS);
    expect(hungAfter).toHaveLength(1);
  });

  it('counts a refused question as no answer', async () => {
    const hungAfter: number[] = [];
    watchdogOf({ ping: () => Promise.reject(new Error('Script failed to execute')) }, hungAfter).watch();
    await vi.advanceTimersByTimeAsync(SETTLING_MS + 2 * PING_EVERY_MS);
    expect(hungAfter).toHaveLength(1);
  });
});
