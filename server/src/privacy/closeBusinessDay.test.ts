import { describe, expect, it } from 'vitest';
import { kioskScript, TEST_NOW_MS } from '../testSupport/kioskScript';
import { publicApi } from '../testSupport/publicApi';
import { useTestServers } from '../testSupport/testServers';
import { closeBusinessDay, HISTORY_DAYS } from './closeBusinessDay';

const start = useTestServers();
const DAY = 24 * 60 * 60 * 1000;

describe('closeBusinessDay', () => {
  it('keeps event ids and tickets for the history period, then lets them go', async () => {
    const kiosk = await start({ statusCacheMs: 0, clock: { now: () => TEST_NOW_MS } });
    const script = kioskScript();
    const { ticket, event } = script.issue('passport');
    await kiosk.deliver(script.batch([event]));

    await closeBusinessDay(kiosk.server.store, '2026-03-10', TEST_NOW_MS + 8 * DAY);
    expect(await kiosk.deliver(script.batch([event]))).toEqual(['duplicate']);
    expect((await publicApi(kiosk).ticket(ticket)).displayNumber).toBe(ticket.displayNumber);

    const report = await closeBusinessDay(kiosk.server.store, '2026-04-10', TEST_NOW_MS + (HISTORY_DAYS + 9) * DAY);
    expect(report.historyRowsPruned).toBe(2);
    await expect(publicApi(kiosk).ticket(ticket)).rejects.toThrow(/404/);
  });

  it('never reopens a day by closing an earlier one later', async () => {
    const kiosk = await start();
    await kiosk.server.closeBusinessDay('2026-03-03');
    await kiosk.server.closeBusinessDay('2026-03-01');
    expect(await kiosk.server.store.transaction((tx) => tx.closedBefore())).toBe('2026-03-03');
  });
});
