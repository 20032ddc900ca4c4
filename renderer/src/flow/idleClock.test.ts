import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWarningMs, startIdleClock } from './idleClock';

describe('idle clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function clock(idleMs: number) {
    const warnings: (number | null)[] = [];
    const onTimeout = vi.fn();
    const handle = startIdleClock(idleMs, { onWarning: (s) => warnings.push(s), onTimeout });
    return { warnings, onTimeout, handle };
  }

  it('warns 20 s before a 60 s return and counts every second down to the return', () => {
    const { warnings, onTimeout } = clock(60_000);
    vi.advanceTimersByTime(39_999);
    expect(warnings).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(warnings).toEqual([20]);
    vi.advanceTimersByTime(19_000);
    expect(warnings.at(-1)).toBe(1);
    expect(warnings).toHaveLength(20);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('warns for half the wait on short screens', () => {
    expect(idleWarningMs(10_000)).toBe(5_000);
    const { warnings } = clock(10_000);
    vi.advanceTimersByTime(5_000);
    expect(warnings).toEqual([5]);
  });

  it('extending during the warning takes it away and starts the whole wait again', () => {
    const { warnings, onTimeout, handle } = clock(60_000);
    vi.advanceTimersByTime(55_000);
    expect(warnings.at(-1)).toBe(5);
    handle.extend();
    expect(warnings.at(-1)).toBeNull();
    vi.advanceTimersByTime(39_999);
    expect(warnings.at(-1)).toBeNull();
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_001);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('extending before the warning only restarts the wait, and stop ends it', () => {
    const { warnings, onTimeout, handle } = clock(60_000);
    vi.advanceTimersByTime(30_000);
    handle.extend();
    vi.advanceTimersByTime(39_000);
    expect(warnings).toEqual([]);
    handle.stop();
    vi.advanceTimersByTime(120_000);
    expect(warnings).toEqual([]);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
