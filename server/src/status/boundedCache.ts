import { LRUCache } from 'lru-cache';
import type { Clock } from '../../../nodeShared/clock';

export interface BoundedCacheLimits {
  /** Keys that were found (offices, real tickets): the entries worth keeping. */
  maxFound: number;
  /** Keys that were not found (guessed tokens, typos): kept apart, so a flood of them evicts only each other. */
  maxMissing: number;
}

/** Reads a key; `forget` drops keys whose answer changed (a load already under way for them is not kept either). */
export type BoundedCache<V> = ((key: string) => Promise<V | null>) & { forget(matches: (key: string) => boolean): void };

const defaultLimits: BoundedCacheLimits = { maxFound: 10_000, maxMissing: 1_000 };

/**
 * Remembers each key's answer for `ttlMs` in a least-recently-used cache, and lets concurrent
 * misses share one load: a crowd refreshing a status page costs one query per key per period.
 * Answers that found nothing (null) live in a second, smaller cache, so guessing tokens can never
 * push the real offices and tickets out. A failed load is not remembered.
 */
export function createBoundedCache<V>(
  clock: Clock,
  ttlMs: number,
  load: (key: string) => Promise<V | null>,
  limits: BoundedCacheLimits = defaultLimits,
): BoundedCache<V> {
  // ttlResolution 0: read the clock on every check, so a fake clock in tests is obeyed exactly.
  const options = { ttl: Math.max(1, ttlMs), ttlResolution: 0, perf: clock };
  const found = new LRUCache<string, { value: V }>({ ...options, max: limits.maxFound });
  const missing = new LRUCache<string, true>({ ...options, max: limits.maxMissing });
  const loading = new Map<string, Promise<V | null>>();
  const fresh = ttlMs > 0;
  let generation = 0;

  const read = (key: string): Promise<V | null> => {
    const hit = fresh ? found.get(key) : undefined;
    if (hit) return Promise.resolve(hit.value);
    if (fresh && missing.get(key)) return Promise.resolve(null);
    const running = loading.get(key);
    if (running) return running;
    const startedIn = generation;
    const settled = () => {
      if (loading.get(key) === value) loading.delete(key);
    };
    const value: Promise<V | null> = load(key).then(
      (loaded) => {
        settled();
        // Forgotten while loading: the answer may predate the change, so it is used once and not kept.
        if (!fresh || startedIn !== generation) return loaded;
        if (loaded === null) missing.set(key, true);
        else found.set(key, { value: loaded as V });
        return loaded;
      },
      (error: unknown) => {
        settled();
        throw error;
      },
    );
    loading.set(key, value);
    return value;
  };
  return Object.assign(read, {
    forget(matches: (key: string) => boolean) {
      generation += 1;
      for (const cache of [found, missing, loading]) for (const key of [...cache.keys()]) if (matches(key)) cache.delete(key);
    },
  });
}
