import { describe, expect, it } from 'vitest';
import type { Announcement } from './announcement';
import { createAnnouncementQueue, withAnnouncement } from './announcementQueue';

const call = (eventId: number, displayNumber: string, counterNumber: number, kind: Announcement['kind'] = 'call'): Announcement => ({
  eventId,
  kind,
  language: 'ko',
  displayNumber,
  counterNumber,
});

/** An announcement that lasts until the test ends it, recording what played and whether two overlapped. */
function recorder() {
  const log: string[] = [];
  const endings: Array<() => void> = [];
  let playing = 0;
  let overlapped = false;
  const announce = (a: Announcement) => {
    playing += 1;
    overlapped ||= playing > 1;
    log.push(`${a.kind}:${a.displayNumber}→${a.counterNumber}`);
    return new Promise<void>((resolve) =>
      endings.push(() => {
        playing -= 1;
        resolve();
      }),
    );
  };
  const finishCurrent = async () => {
    endings.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { log, announce, finishCurrent, overlapped: () => overlapped };
}

describe('withAnnouncement', () => {
  it('appends in arrival order', () => {
    expect(withAnnouncement([call(1, '1001', 1)], call(2, '1002', 2)).map((a) => a.eventId)).toEqual([1, 2]);
  });

  it('replaces a waiting call of the same counter: that counter has moved on', () => {
    const waiting = [call(1, '1001', 1), call(2, '1002', 2)];
    expect(withAnnouncement(waiting, call(3, '1003', 1)).map((a) => a.eventId)).toEqual([2, 3]);
  });
});

describe('createAnnouncementQueue', () => {
  it('announces one call at a time, in order, never overlapping', async () => {
    const r = recorder();
    const queue = createAnnouncementQueue(r.announce);
    queue.enqueue(call(1, '1023', 3));
    queue.enqueue(call(2, '2001', 5));
    queue.enqueue(call(3, '1024', 4));
    expect(r.log).toEqual(['call:1023→3']);
    await r.finishCurrent();
    expect(r.log).toEqual(['call:1023→3', 'call:2001→5']);
    await r.finishCurrent();
    await r.finishCurrent();
    await queue.drained();
    expect(r.log).toEqual(['call:1023→3', 'call:2001→5', 'call:1024→4']);
    expect(r.overlapped()).toBe(false);
  });

  it('announces a recall again once the first call has been said', async () => {
    const r = recorder();
    const queue = createAnnouncementQueue(r.announce);
    queue.enqueue(call(1, '1023', 3));
    queue.enqueue(call(2, '1023', 3, 'recall'));
    await r.finishCurrent();
    await r.finishCurrent();
    await queue.drained();
    expect(r.log).toEqual(['call:1023→3', 'recall:1023→3']);
  });

  it('keeps going after an announcement fails', async () => {
    const log: string[] = [];
    const queue = createAnnouncementQueue(async (a) => {
      log.push(a.displayNumber);
      if (a.displayNumber === '1001') throw new Error('no audio device');
    });
    queue.enqueue(call(1, '1001', 1));
    queue.enqueue(call(2, '1002', 2));
    await queue.drained();
    expect(log).toEqual(['1001', '1002']);
  });

  it('starts again when a call comes after the queue ran dry', async () => {
    const log: string[] = [];
    const queue = createAnnouncementQueue(async (a) => void log.push(a.displayNumber));
    queue.enqueue(call(1, '1001', 1));
    await queue.drained();
    queue.enqueue(call(2, '1002', 1));
    await queue.drained();
    expect(log).toEqual(['1001', '1002']);
  });
});
