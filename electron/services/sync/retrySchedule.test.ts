import { describe, expect, it } from 'vitest';
import { retryAfter } from './districtClient';
import { createRetrySchedule, MAX_RETRY_AFTER_MS } from './retrySchedule';

const policy = { baseDelayMs: 1_000, maxDelayMs: 30_000, failuresToOpen: 5, openMs: 30_000 };

describe('retry schedule', () => {
  it('opens after the fifth failure in a row, half-opens when the wait is over, and closes on success', () => {
    const schedule = createRetrySchedule(policy, () => 1);
    for (let i = 0; i < 4; i += 1) schedule.failed(0);
    expect(schedule.circuit(0)).toBe('closed');
    expect(schedule.nextAttemptAt()).toBe(8_000);
    schedule.failed(100);
    expect(schedule.circuit(100)).toBe('open');
    expect(schedule.nextAttemptAt()).toBe(30_100);
    expect(schedule.circuit(30_100)).toBe('half-open');
    schedule.failed(30_100);
    expect(schedule.circuit(30_100)).toBe('open');
    schedule.succeeded();
    expect(schedule.circuit(30_100)).toBe('closed');
    expect(schedule.nextAttemptAt()).toBe(0);
  });

  it('waits the longest delay after a refusal, with the circuit closed: the server did answer', () => {
    const schedule = createRetrySchedule(policy, () => 1);
    for (let i = 0; i < 5; i += 1) schedule.failed(0);
    schedule.refused(50_000);
    expect(schedule.circuit(50_000)).toBe('closed');
    expect(schedule.nextAttemptAt()).toBe(80_000);
  });

  it('honours the server’s Retry-After over a shorter backoff, up to ten minutes', () => {
    const schedule = createRetrySchedule(policy, () => 1);
    schedule.failed(0, 20_000);
    expect(schedule.nextAttemptAt()).toBe(20_000);
    schedule.failed(0, 100);
    expect(schedule.nextAttemptAt()).toBe(2_000);
    schedule.failed(0, 24 * 3600_000);
    expect(schedule.nextAttemptAt()).toBe(MAX_RETRY_AFTER_MS);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfter('120')).toBe(120_000);
    expect(retryAfter('Fri, 27 Nov 2026 17:01:00 GMT', Date.parse('2026-11-27T17:00:00Z'))).toBe(60_000);
    expect(retryAfter('soon')).toBeNull();
    expect(retryAfter(null)).toBeNull();
  });
});
