/**
 * Runs `start` and resolves with the first value it settles with, or with `onTimeout` once
 * `timeoutMs` has passed. Later settlements are ignored; the cleanup `start` returns runs once.
 */
export async function settleWithin<T>(
  timeoutMs: number,
  onTimeout: T,
  start: (settle: (value: T) => void) => (() => void) | void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let cleanup: () => void = () => undefined;
  const value = await new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), timeoutMs);
    cleanup = start(resolve) ?? cleanup;
  });
  clearTimeout(timer);
  cleanup();
  return value;
}
