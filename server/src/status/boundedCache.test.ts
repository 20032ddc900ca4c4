import { describe, expect, it } from 'vitest';
import { createBoundedCache } from './boundedCache';

describe('createBoundedCache', () => {
  it('loads a key once per period, shares a load between concurrent callers, and forgets failures', async () => {
    let now = 1_000;
    let loads = 0;
    let fail = false;
    const cached = createBoundedCache({ now: () => now }, 2_000, async (key) => {
      loads += 1;
      if (fail) throw new Error('down');
      return `${key}#${loads}`;
    });
    expect(await Promise.all([cached('a'), cached('a')])).toEqual(['a#1', 'a#1']);
    now = 2_999;
    expect(await cached('a')).toBe('a#1');
    now = 3_001;
    fail = true;
    await expect(cached('a')).rejects.toThrow('down');
    fail = false;
    expect(await cached('a')).toBe('a#3');
  });

  it('stays bounded, and a flood of misses never evicts what was found', async () => {
    const loads: string[] = [];
    const known = new Set(['office-1', 'office-2']);
    const cached = createBoundedCache({ now: () => 1_000 }, 60_000, async (key) => (loads.push(key), known.has(key) ? key : null), {
      maxFound: 2,
      maxMissing: 3,
    });
    await cached('office-1');
    await cached('office-2');
    for (let guess = 0; guess < 1_000; guess += 1) expect(await cached(`guess-${guess}`)).toBeNull();
    loads.length = 0;
    expect(await cached('office-1')).toBe('office-1');
    expect(await cached('office-2')).toBe('office-2');
    // The last few guesses are remembered as missing; older ones were evicted by the flood.
    expect(await cached('guess-999')).toBeNull();
    expect(await cached('guess-0')).toBeNull();
    expect(loads).toEqual(['guess-0']);
  });

  it('keeps the least recently used found keys out first', async () => {
    const loads: string[] = [];
    const cached = createBoundedCache({ now: () => 1_000 }, 60_000, async (key) => (loads.push(key), key), { maxFound: 2, maxMissing: 1 });
    for (const key of ['a', 'b', 'a', 'c', 'a']) await cached(key);
    expect(loads).toEqual(['a', 'b', 'c']);
  });

  it('forgets the keys it is told changed, and does not keep an answer that was loading meanwhile', async () => {
    let version = 1;
    let release: () => void = () => undefined;
    let hold = false;
    const cached = createBoundedCache({ now: () => 1_000 }, 60_000, async (key) => {
      const seen = version;
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return `${key}@${seen}`;
    });
    expect(await cached('office-1')).toBe('office-1@1');
    expect(await cached('office-2')).toBe('office-2@1');
    version = 2;
    cached.forget((key) => key === 'office-1');
    expect(await cached('office-1')).toBe('office-1@2');
    expect(await cached('office-2')).toBe('office-2@1');

    hold = true;
    cached.forget((key) => key === 'office-2');
    const stale = cached('office-2');
    version = 3;
    cached.forget(() => true);
    hold = false;
    release();
    expect(await stale).toBe('office-2@2');
    expect(await cached('office-2')).toBe('office-2@3');
  });
});

