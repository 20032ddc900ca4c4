import { statfs } from 'node:fs/promises';
import type { Heartbeat } from '../../../shared/district/heartbeat';
import type { QueueClock } from '../queue/queueClock';
import { readUpdateStatus } from '../updates/updateStatusFile';
import type { TicketPrinting } from './ticketPrinting';

/** The heartbeat's parts the kiosk as a whole knows; the district link adds its sync backlog and the time of sending. */
export type KioskHealthReport = Omit<Heartbeat, 'sentAt' | 'sync'>;

/** The code of the kiosk's latest unexpected failure, for district IT: never its message, which could hold anything. */
export interface FailureRecord {
  record(code: string): void;
  last(): Heartbeat['lastError'];
}

export function createFailureRecord(nowMs: () => number): FailureRecord {
  let last: Heartbeat['lastError'] = null;
  return {
    record(code) {
      last = { code, at: new Date(nowMs()).toISOString() };
    },
    last: () => last,
  };
}

export function kioskHealthReporter(deps: {
  appVersion: string;
  printing: Pick<TicketPrinting, 'readStatus'>;
  queueClock: Pick<QueueClock, 'fault'> | null;
  dataDir: string;
  failures: FailureRecord;
}): () => Promise<KioskHealthReport> {
  const startedAt = performance.now();
  return async () => {
    // Read now, not remembered from the last print: paper runs out between residents too.
    const printer = await deps.printing.readStatus();
    return {
      appVersion: deps.appVersion,
      uptimeSeconds: Math.floor((performance.now() - startedAt) / 1000),
      printer: { state: printer.state, paperNearEnd: printer.paperNearEnd },
      clockFault: deps.queueClock?.fault() != null,
      diskFreeBytes: await diskFreeBytes(deps.dataDir),
      lastError: deps.failures.last(),
      update: readUpdateStatus(deps.dataDir),
    };
  };
}

async function diskFreeBytes(dir: string): Promise<number | null> {
  try {
    const stats = await statfs(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}
