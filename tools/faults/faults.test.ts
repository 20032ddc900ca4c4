import { describe, expect, it } from 'vitest';
import { faultTable, runFaultScenarios } from './scenarios';

describe('the fault suite, short mode', () => {
  it('holds every row', async () => {
    const rows = await runFaultScenarios({ long: false });
    expect(rows.filter((row) => !row.pass), faultTable(rows)).toEqual([]);
  }, 120_000);
});
