import { describe, expect, it } from 'vitest';
import { faultScenarios, faultTable } from './scenarios';

describe('the fault suite, short mode', () => {
  for (const { name, run, shortLimitMs } of faultScenarios({ long: false })) {
    it(`holds its row: ${name}`, async () => {
      const row = await run();
      expect(row.pass, faultTable([row])).toBe(true);
    }, shortLimitMs);
  }
});
