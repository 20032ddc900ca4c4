/** Tells live views (counter pages, boards) that the queue changed; they read what changed from the event log. */
export interface QueueChanges {
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createQueueChanges(): QueueChanges {
  const listeners = new Set<() => void>();
  return {
    notify() {
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
