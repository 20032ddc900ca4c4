import { describe, expect, it } from 'vitest';
import { createRetrySchedule } from './retrySchedule';

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
});
