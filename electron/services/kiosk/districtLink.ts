import { writeTransaction } from '../database/openDatabase';
import { MAX_SNAPSHOT_FORECASTS, SNAPSHOT_FORECASTS_PER_LINE, type OfficeSnapshotPayload } from '../../../shared/district/api';
import type { Clock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import { estimatesForWaiting, type TicketEstimate } from '../estimates/estimateFromQueue';
import type { KeyProvider } from '../privacy/keyProviders';
import { destroyFinishedContacts } from '../privacy/mobileContacts';
import { createPhoneVault, type PhoneVault } from '../privacy/phoneVault';
import { counterStateOf } from '../queue/counters';
import { outboxRows } from '../queue/outboxRows';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { keepDistrictDeliveries } from '../statistics/districtDeliveries';
import { serviceQueue } from '../views/queueViews';
import { startHeartbeatReporter } from '../sync/heartbeatReporter';
import { resolveSyncConfig } from '../sync/syncConfig';
import { createSyncWorker, type SyncState, type SyncWorker } from '../sync/syncWorker';
import type { KioskHealthReport } from './kioskHealth';

export interface DistrictOptions {
  serverUrl: string;
  /** Where residents open status pages (the QR on a paper ticket); defaults to serverUrl. */
  publicUrl?: string;
  kioskId: string;
  secret: string;
  /** The phone vault's key: Electron's safeStorage in production. */
  keyProvider: KeyProvider;
  /** Backoff bounds; the defaults suit an office, tests that kill the server want seconds, not minutes. */
  retry?: { baseDelayMs: number; maxDelayMs: number };
  /** How often the kiosk tells the district how it is (version, printer, backlog, clock); a minute by default. */
  heartbeatMs?: number;
}

export interface DistrictLink {
  vault: PhoneVault;
  statusUrl(statusToken: string): string;
  syncState(): SyncState;
  /** The district server has not answered lately: residents are told their messages may be late. */
  messagesMayBeLate(): boolean;
  /** Sends a heartbeat now (tests; the timer sends one every heartbeatMs). */
  heartbeat(): Promise<void>;
  close(): Promise<void>;
}

/** Snapshots are for the public status page: one every few seconds is plenty, however busy the office. */
const SNAPSHOT_EVERY_MS = 5_000;
const HEARTBEAT_EVERY_MS = 60_000;
/** Catches the business-day rollover, when no queue change happens to clean up. */
const CONTACT_SWEEP_EVERY_MS = 10 * 60_000;

/**
 * The kiosk's link to the district server: the outbox sync worker, the phone vault, the office
 * snapshots for the public page, and the destruction of phone numbers whose purpose is over.
 */
export function startDistrictLink(
  deps: {
    queue: QueueContext;
    changes: QueueChanges;
    clock: Clock;
    log: Logger;
    /** False during first-run setup: nothing to report or sweep until the office exists. */
    officeConfigured: () => boolean;
    /** The kiosk's health for the heartbeat, all but the sync backlog this link adds. */
    health: () => Promise<KioskHealthReport>;
  },
  options: DistrictOptions,
): DistrictLink {
  const { queue, changes, clock, log, officeConfigured } = deps;
  const vault = createPhoneVault(options.keyProvider);
  const syncConfig = { serverUrl: options.serverUrl, kioskId: options.kioskId, secret: options.secret, ...options.retry };
  const sync: SyncWorker = createSyncWorker({ db: queue.db, vault, clock, log, config: syncConfig });
  const sweepContacts = () => {
    if (!officeConfigured()) return;
    const destroyed = destroyFinishedContacts(queue.db, currentBusinessDay(queue));
    if (destroyed > 0) log.info(`Destroyed ${destroyed} phone number(s) whose ticket is finished`);
  };

  let snapshotTimer: NodeJS.Timeout | null = null;
  const writeSnapshot = () => {
    snapshotTimer = null;
    if (!officeConfigured()) return;
    const snapshot = officeSnapshot(queue);
    writeTransaction(queue.db, () => outboxRows(queue.db).append({ type: 'office.snapshot', ticketId: null, occurredAt: new Date(queueNow(queue)).toISOString(), payload: snapshot }));
    sync.wake();
  };
  const unsubscribe = changes.subscribe(() => {
    sweepContacts();
    sync.wake();
    snapshotTimer ??= setTimeout(writeSnapshot, SNAPSHOT_EVERY_MS);
  });
  const sweeper = setInterval(sweepContacts, CONTACT_SWEEP_EVERY_MS);
  sweepContacts();
  writeSnapshot();
  sync.start();
  const heartbeats = startHeartbeatReporter({
    config: resolveSyncConfig(syncConfig),
    everyMs: options.heartbeatMs ?? HEARTBEAT_EVERY_MS,
    log,
    collect: async () => {
      const health = await deps.health();
      const { backlog, setAside } = sync.state();
      const oldestUnsentAt = outboxRows(queue.db).unsent(1)[0]?.occurred_at ?? null;
      return { ...health, sentAt: new Date(clock.now()).toISOString(), sync: { backlog, oldestUnsentAt, setAside } };
    },
    answered: ({ deliveries }) => {
      try {
        keepDistrictDeliveries(queue.db, deliveries, new Date(clock.now()).toISOString());
      } catch (error) {
        log.warn(`The district's message counts could not be kept (${error instanceof Error ? error.message : 'unknown error'})`);
      }
    },
  });

  const publicUrl = (options.publicUrl ?? options.serverUrl).replace(/\/+$/, '');
  return {
    vault,
    statusUrl: (statusToken) => `${publicUrl}/t/${statusToken}`,
    syncState: () => sync.state(),
    messagesMayBeLate() {
      const state = sync.state();
      return state.lastError !== null || state.circuit !== 'closed';
    },
    heartbeat: heartbeats.beat,
    async close() {
      await heartbeats.stop();
      unsubscribe();
      clearInterval(sweeper);
      if (snapshotTimer) clearTimeout(snapshotTimer);
      await sync.stop();
    },
  };
}

/** What the public status page shows of this office: waiting and estimate per service, counters open. */
export function officeSnapshot(queue: QueueContext): OfficeSnapshotPayload {
  const office = queue.office();
  const businessDay = currentBusinessDay(queue);
  const openCounters = Object.fromEntries(
    office.services.map((service) => [
      service.id,
      office.counters.filter((c) => c.serviceIds.includes(service.id) && counterStateOf(queue, c.id) === 'open').length,
    ]),
  );
  return {
    businessDay,
    businessDayStartHour: office.businessDayStartHour,
    officeName: office.officeName,
    services: office.services.map((service) => {
      const { waiting, estimate } = serviceQueue(queue, service.id, businessDay);
      return { id: service.id, name: service.name, waiting, estimate };
    }),
    openCounters,
    forecasts: lineFronts(estimatesForWaiting(queue)),
  };
}

/** The first waiting tickets of each line that have a range, in issue order, bounded as the contract asks. */
function lineFronts(estimates: readonly TicketEstimate[]): NonNullable<OfficeSnapshotPayload['forecasts']> {
  const taken = new Map<string, number>();
  const fronts: NonNullable<OfficeSnapshotPayload['forecasts']> = [];
  for (const { ticketId, serviceId, estimate } of estimates) {
    const count = taken.get(serviceId) ?? 0;
    if (estimate.kind !== 'range' || count >= SNAPSHOT_FORECASTS_PER_LINE) continue;
    taken.set(serviceId, count + 1);
    fronts.push([ticketId, estimate.minMinutes, estimate.maxMinutes]);
    if (fronts.length === MAX_SNAPSHOT_FORECASTS) break;
  }
  return fronts;
}
