import { describe, expect, it } from 'vitest';
import { availabilityOf } from './commands';
import { testStatus, testTicket } from './testStatus';

const enabled = (...args: Parameters<typeof availabilityOf>) => availabilityOf(...args).enabled;

describe('availabilityOf', () => {
  it('lets an open counter call the next resident, and says why a closed one cannot', () => {
    expect(enabled('call-next', testStatus())).toBe(true);
    const paused = testStatus({ counter: { ...testStatus().counter, state: 'paused' } });
    expect(availabilityOf('call-next', paused)).toEqual({ enabled: false, reason: { key: 'reason.notOpen' } });
  });

  it('offers recall and start only for a called ticket, done also while serving', () => {
    const called = testStatus({ current: testTicket() });
    const serving = testStatus({ current: testTicket({ status: 'serving' }) });
    expect([enabled('recall', called), enabled('start', called), enabled('complete', called)]).toEqual([true, true, true]);
    expect([enabled('recall', serving), enabled('start', serving), enabled('complete', serving)]).toEqual([false, false, true]);
    expect(enabled('complete', testStatus())).toBe(false);
  });

  it('allows a no-show only after the required recalls, and says how many are left', () => {
    const once = testStatus({ current: testTicket({ recallCount: 1 }) });
    expect(availabilityOf('no-show', once)).toEqual({
      enabled: false,
      reason: { key: 'reason.needRecalls', values: { done: 1, needed: 2 } },
    });
    expect(enabled('no-show', testStatus({ current: testTicket({ recallCount: 2 }) }))).toBe(true);
    expect(enabled('no-show', testStatus({ current: testTicket({ status: 'serving', recallCount: 5 }) }))).toBe(false);
  });

  it('transfers only where there is another service to go to', () => {
    expect(enabled('transfer', testStatus({ current: testTicket() }))).toBe(true);
    const single = testStatus({ current: testTicket(), queues: testStatus().queues.slice(0, 1) });
    expect(availabilityOf('transfer', single)).toEqual({ enabled: false, reason: { key: 'reason.noOtherService' } });
  });
});
