import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttlCache';

describe('createTtlCache', () => {
  it('loads a key once per period, shares a load between concurrent callers, and forgets failures', async () => {
    let now = 0;
    let loads = 0;
    let fail = false;
    const cached = createTtlCache({ now: () => now }, 2_000, async (key) => {
      loads += 1;
      if (fail) throw new Error('down');
      return `${key}#${loads}`;
    });
    expect(await Promise.all([cached('a'), cached('a')])).toEqual(['a#1', 'a#1']);
    now = 1_999;
    expect(await cached('a')).toBe('a#1');
    now = 2_000;
    fail = true;
    await expect(cached('a')).rejects.toThrow('down');
    fail = false;
    expect(await cached('a')).toBe('a#3');
  });

  it('stays bounded under a flood of distinct keys', async () => {
    let loads = 0;
    const cached = createTtlCache({ now: () => 0 }, 2_000, async (key) => ((loads += 1), key), 3);
    for (const key of ['a', 'b', 'c', 'd']) await cached(key);
    await cached('a');
    expect(loads).toBe(5);
  });
});
