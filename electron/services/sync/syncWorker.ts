import type { EventBatchResponse, KioskEvent } from '../../../shared/district/api';
import type { Clock } from '../../../nodeShared/clock';
import { writeTransaction, type Database } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import type { PhoneVault } from '../privacy/phoneVault';
import { outboxRows } from '../queue/outboxRows';
import { postEventBatch } from './districtClient';
import { toDistrictEvent } from './districtEvents';
import { resolveSyncConfig, type SyncConfig } from './syncConfig';
import { createSyncHealth, type SyncHealthState } from './syncHealth';

export interface SyncWorkerOptions {
  db: Database;
  vault: PhoneVault;
  clock: Clock;
  log: Logger;
  config: SyncConfig;
  fetch?: typeof fetch;
  random?: () => number;
}

export interface SyncState extends SyncHealthState {
  /** Outbox events not yet delivered (or skipped). */
  backlog: number;
  /** Events the district server refused on their own, kept aside (not in the backlog). */
  setAside: number;
}

export interface DrainResult {
  /** drained: the outbox is empty; failed: a batch failed and waits for its retry; deferred: still waiting, nothing tried. */
  outcome: 'drained' | 'failed' | 'deferred' | 'stopped';
  /** Events the server acknowledged in this pass. */
  delivered: number;
  /** Rows not for the district, or that the contract cannot take. */
  skipped: number;
  backlog: number;
}

export interface SyncWorker {
  start(): void;
  /** Cuts off a batch in flight and waits for it, so the database can be closed afterwards. */
  stop(): Promise<void>;
  drainOnce(): Promise<DrainResult>;
  state(): SyncState;
  /** A new outbox event exists: send it now unless the worker is backing off. */
  wake(): void;
}

const FAILURES_TO_OPEN_CIRCUIT = 5;
/** Catches events written without a wake() (another process, a missed call). */
const IDLE_POLL_MS = 30_000;

/**
 * Drains the outbox to the district server in outbox order. A failed batch is retried before
 * anything after it, so the server sees each ticket's events in the order they happened; event
 * ids make a resend after a lost answer harmless.
 */
export function createSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const { db, vault, clock, log } = options;
  const config = resolveSyncConfig(options.config);
  const send = options.fetch ?? fetch;
  // An open circuit waits as long as the longest backoff before its probe.
  const policy = { baseDelayMs: config.baseDelayMs, maxDelayMs: config.maxDelayMs, failuresToOpen: FAILURES_TO_OPEN_CIRCUIT, openMs: config.maxDelayMs };
  const health = createSyncHealth(clock, log, policy, options.random ?? Math.random);
  let running = false;
  let stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<DrainResult> | undefined;
  let wokenDuringPass = false;

  const nowIso = () => new Date(clock.now()).toISOString();

  /** The next rows (at most `limit`) as district events; rows the district does not take are marked sent on the spot. */
  function takeBatch(limit: number): { events: KioskEvent[]; skipped: number } | null {
    // One transaction: status tokens given to old tickets are committed together.
    const rows = db.transaction(() => outboxRows(db).unsent(limit).map((row) => ({ row, prepared: toDistrictEvent({ db, vault, log }, row) })))();
    if (rows.length === 0) return null;
    const skippedIds = rows.filter(({ prepared }) => !prepared.send).map(({ row }) => row.event_id);
    outboxRows(db).markSent(skippedIds, nowIso());
    return { events: rows.flatMap(({ prepared }) => (prepared.send ? [prepared.event] : [])), skipped: skippedIds.length };
  }

  /** Marks what the server acknowledged; answers how many events of the batch it left unanswered. */
  function acknowledge(events: KioskEvent[], results: EventBatchResponse['results']): { delivered: number; unanswered: number } {
    const sent = new Set(events.map((event) => event.eventId));
    const answered = results.filter((result) => sent.has(result.eventId));
    for (const conflict of answered.filter((result) => result.status === 'conflict')) {
      log.warn(`The district server already holds event ${conflict.eventId} with a different body; marked sent so the line moves on`);
    }
    const ids = [...new Set(answered.map((result) => result.eventId))];
    outboxRows(db).markSent(ids, nowIso());
    return { delivered: ids.length, unanswered: sent.size - ids.length };
  }

  /** One event the server refuses on its own steps out of the line, kept with the reason for staff; the events after it go on. */
  function setAside(event: KioskEvent, reason: string): void {
    writeTransaction(db, () => outboxRows(db).setAside(event.eventId, reason, nowIso()));
    log.error(`District sync: event ${event.eventId} (${event.type}, position ${event.kioskSequence}) set aside, the rest goes on: ${reason}`);
  }

  async function pass(): Promise<DrainResult> {
    wokenDuringPass = false;
    const tally = { delivered: 0, skipped: 0 };
    const finish = (outcome: DrainResult['outcome']): DrainResult => ({ outcome, ...tally, backlog: outboxRows(db).unsentCount() });
    if (!health.mayAttempt()) return finish('deferred');
    // Halved while the server refuses batches as invalid, until the bad event stands alone.
    let batchLimit = config.batchSize;
    try {
      while (!stopping.signal.aborted) {
        const batch = takeBatch(batchLimit);
        if (!batch) return finish('drained');
        tally.skipped += batch.skipped;
        if (batch.events.length === 0) continue;

        const outcome = await postEventBatch({
          endpoint: config.endpoint,
          authorization: config.authorization,
          body: { sentAt: nowIso(), events: batch.events },
          fetch: send,
          timeoutMs: config.requestTimeoutMs,
          signal: stopping.signal,
        });
        if (outcome.kind === 'invalid') {
          if (batch.events.length > 1) {
            batchLimit = Math.ceil(batch.events.length / 2);
            continue;
          }
          setAside(batch.events[0], outcome.reason);
          batchLimit = config.batchSize;
          continue;
        }
        if (outcome.kind !== 'answered') {
          if (stopping.signal.aborted) break;
          health.failed(outcome);
          return finish('failed');
        }
        const { delivered, unanswered } = acknowledge(batch.events, outcome.results);
        tally.delivered += delivered;
        if (unanswered > 0) {
          health.failed({ kind: 'unavailable', reason: `the district server left ${unanswered} event(s) of a batch unanswered` });
          return finish('failed');
        }
        health.succeeded();
      }
    } catch (error) {
      // A local fault (database busy, disk full) will not pass in a second either: retry slowly, as after a refusal.
      health.failed({ kind: 'refused', reason: `the kiosk's database failed during sync (${error instanceof Error ? error.message : 'unknown error'})` });
      return finish('failed');
    }
    return finish('stopped');
  }

  function drainOnce(): Promise<DrainResult> {
    inFlight ??= pass().finally(() => (inFlight = undefined));
    return inFlight;
  }

  function runAfter(delayMs: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      tick().catch((error: unknown) => {
        running = false;
        log.error(`District sync stopped: ${error instanceof Error ? error.message : 'unknown error'}`);
      });
    }, delayMs);
    timer.unref();
  }

  async function tick(): Promise<void> {
    const result = await drainOnce();
    if (!running) return;
    if (result.outcome === 'drained') runAfter(wokenDuringPass ? 0 : IDLE_POLL_MS);
    else runAfter(health.waitMs());
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      runAfter(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      stopping.abort();
      await inFlight;
    },
    drainOnce,
    state: () => ({ ...health.state(), backlog: outboxRows(db).unsentCount(), setAside: outboxRows(db).setAsideCount() }),
    wake() {
      wokenDuringPass = true;
      if (running && !inFlight && health.mayAttempt()) runAfter(0);
    },
  };
}
