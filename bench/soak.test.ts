import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSoak } from './soak';

const FLOWS_PER_DAY = 40;
const DAYS = 3;
let dataDir: string | undefined;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The short mode of the bench's soak: what must hold however long the kiosk runs (sizes and shapes, never timings). */
describe('the soak, short', () => {
  it('keeps the outbox to the current day, closed days to the statistics window, and the printer’s list bounded', { timeout: 180_000 }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-soak-'));
    const report = await runSoak({ dataDir, flows: FLOWS_PER_DAY * DAYS, days: DAYS, blockSize: FLOWS_PER_DAY, historyDays: 1, keepJobs: 10 });

    expect(report.blocks.map((block) => block.businessDay)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    // Each later day began by pruning the days before it.
    expect(report.prunes).toBeGreaterThanOrEqual(DAYS - 1);
    // Without a district server nobody sends the outbox: only today's events remain (per flow an issue, a call and the previous ticket done; the counters opening).
    const today = report.blocks.at(-1)!;
    expect(today.outboxRows).toBeLessThanOrEqual(3 * FLOWS_PER_DAY + 2);
    expect(report.blocks.map((block) => block.outboxRows).every((rows) => rows <= 3 * FLOWS_PER_DAY + 2)).toBe(true);
    // historyDays = 1 keeps yesterday and today: the first day's tickets are gone.
    expect(report.oldestTicketDay).toBe('2026-03-03');
    expect(report.oldestWaitForecastDay).toBe('2026-03-03');
    expect(today.ticketRows).toBe(2 * FLOWS_PER_DAY);
    expect(report.printer).toEqual({ kept: 10, received: FLOWS_PER_DAY * DAYS });
  });
});
