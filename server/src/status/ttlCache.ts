import type { Clock } from '../../../nodeShared/clock';

/**
 * Remembers each key's answer for `ttlMs`, and lets concurrent misses share one load: a crowd
 * refreshing a status page costs one query per key per period. A failed load is not remembered.
 */
export function createTtlCache<V>(clock: Clock, ttlMs: number, load: (key: string) => Promise<V>, maxEntries = 10_000): (key: string) => Promise<V> {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return (key) => {
    const now = clock.now();
    const cached = entries.get(key);
    if (cached && now - cached.at < ttlMs) return cached.value;
    if (entries.size >= maxEntries) {
      for (const [old, entry] of entries) if (now - entry.at >= ttlMs) entries.delete(old);
      // Still full: every entry is fresh, which only a flood of distinct keys (guessed tokens) does.
      if (entries.size >= maxEntries) entries.clear();
    }
    const value = load(key);
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}
