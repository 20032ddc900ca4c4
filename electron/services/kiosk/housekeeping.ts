import type { Logger } from '../../../nodeShared/logger';
import { pruneHistory } from '../queue/history';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';

/** Long enough that the first ticket of a new day has printed before the pruning writes. */
const AFTER_NEW_DAY_MS = 2_000;

export interface Housekeeping {
  close(): void;
}

/**
 * Prunes the history once at start and once each business day, off the path of any resident or
 * counter. A kiosk still in first-run setup has no business day yet: it starts once the office exists.
 */
export function startHousekeeping(deps: {
  queue: QueueContext;
  changes: QueueChanges;
  log: Logger;
  districtSends: () => boolean;
  officeConfigured: () => boolean;
}): Housekeeping {
  const { queue, changes, log, districtSends, officeConfigured } = deps;
  let prunedDay: string | null = null;
  let timer: NodeJS.Timeout | null = null;

  const prune = () => {
    timer = null;
    if (!officeConfigured()) return;
    try {
      prunedDay = currentBusinessDay(queue);
      const pruned = pruneHistory(queue, { districtSends: districtSends() });
      if (pruned.outboxEvents + pruned.tickets > 0) {
        log.info(`Pruned history: ${pruned.outboxEvents} outbox event(s) no longer needed, ${pruned.tickets} ticket(s) of days beyond statistics`);
      }
    } catch (error) {
      // Nothing depends on it today: the next business day tries again.
      log.error(`Pruning the history failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  };
  const schedule = (delayMs: number) => {
    timer ??= setTimeout(prune, delayMs);
    timer.unref();
  };
  const unsubscribe = changes.subscribe(() => {
    if (!timer && officeConfigured() && currentBusinessDay(queue) !== prunedDay) schedule(AFTER_NEW_DAY_MS);
  });
  schedule(0);
  return {
    close() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
