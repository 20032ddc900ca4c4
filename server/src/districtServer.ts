import Fastify, { type FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../../nodeShared/clock';
import { createContactCipher } from './crypto/contactCipher';
import { deriveServerKeys } from './crypto/serverKey';
import { registerEventRoutes } from './http/eventRoutes';
import { installErrorResponses } from './http/httpErrors';
import { defaultRateLimits, installRateLimits, type RateLimits } from './http/rateLimits';
import { registerReportWebhook } from './http/reportWebhookRoutes';
import { installSecurityHeaders } from '../../nodeShared/securityHeaders';
import { contentSecurityPolicy, HSTS_MAX_AGE_S } from './http/securityHeaders';
import { createOfficeDeliveryCounts, registerHeartbeatRoutes } from './http/heartbeatRoutes';
import { registerItRoutes } from './http/itRoutes';
import { registerUpdateFeed } from './updates/updateFeed';
import { defaultFleetThresholds, type FleetThresholds } from './fleet/fleetHealth';
import { registerStaticAssets } from './http/staticAssets';
import { registerStatusRoutes } from './http/statusRoutes';
import { createEventFingerprinter } from './ingest/eventFingerprint';
import { createLogger, type Logger } from '../../nodeShared/logger';
import { startDeliveryWorker, type DeliveryWorker } from './messages/deliveryWorker';
import { defaultForecastUpdateRules } from './messages/forecastUpdates';
import { defaultMessageHours, type MessageHours } from './messages/messageHours';
import { createLogProvider } from './messages/providers/logProvider';
import type { MessageProvider } from './messages/providers/messageProvider';
import { defaultRetryPolicy, type RetryPolicy } from './messages/retryPolicy';
import { closeBusinessDay, closeEndedBusinessDays, type DayCloseReport } from './privacy/closeBusinessDay';
import { scheduleDayClose } from './privacy/dayCloseTimer';
import { createPublicStatus } from './status/publicStatus';
import type { DistrictStore } from './store/districtStore';
import { openDistrictStore } from './store/openDistrictStore';

export interface DistrictServerOptions {
  /** The SQLite file, unless `databaseUrl` names a PostgreSQL database. */
  dbFile: string;
  /** postgres://…: PostgreSQL, shared by any number of instances. */
  databaseUrl?: string;
  /** The 32-byte master key (SUNBEON_SERVER_KEY): contacts are sealed and events fingerprinted with keys derived from it. */
  key: Buffer;
  /** 127.0.0.1 unless told otherwise: plain HTTP belongs on loopback only (see README). */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where messages go; the log provider (masked numbers, nothing sent) by default. */
  provider?: MessageProvider;
  log?: Logger;
  clock?: Clock;
  /** People ahead at which "approaching" goes out; 3 by default. */
  approachingAt?: number;
  /** At most this many forecast updates per ticket (2 by default; 0: none). */
  forecastUpdates?: number;
  retry?: Partial<RetryPolicy>;
  /** How long a public status is reused; 2 s by default. */
  statusCacheMs?: number;
  /** District IT's token (SUNBEON_IT_TOKEN) for the delivery status and the fleet page; without one those routes do not exist. */
  itToken?: string | null;
  /** How long a claimed message is this instance's before another may take it over; 60 s by default. */
  deliveryLeaseMs?: number;
  /** How often the provider is asked for delivery reports; 30 s by default. */
  reportPollMs?: number;
  /** SUNBEON_REPORT_WEBHOOK_SECRET: the provider's report webhook at /api/v1/delivery-reports/<secret>; without one, polling only. */
  reportWebhookSecret?: string | null;
  /** The night rule's hours (Seoul, 08:00–21:00 by default); null: messages at any hour. */
  messageHours?: Partial<Pick<MessageHours, 'from' | 'until'>> | null;
  /**
   * Seoul hour at which an office's business day starts (4 by default) when its kiosks do not say
   * (office snapshots before stop 15): each office's previous day closes at its own hour, and the
   * message hours' rule and IT's pages take each office's day by it. null closes days only when
   * asked (business days then still start at 4 where no kiosk said).
   */
  dayCloseHour?: number | null;
  /** Per client address; see http/rateLimits.ts for the defaults. */
  rateLimits?: Partial<RateLimits>;
  /** When the fleet page calls a kiosk silent, its sync late, its clock off, its disk low. */
  fleetThresholds?: Partial<FleetThresholds>;
  /** The folder IT drops releases into (SUNBEON_UPDATE_DIR): served to kiosks as electron-updater's feed at /updates/. */
  updateDir?: string | null;
  /** The HTTPS proxy's addresses (or CIDR ranges), whose X-Forwarded-For names the real client for the rate limits. */
  trustProxy?: string[];
}

export interface DistrictServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  app: FastifyInstance;
  store: DistrictStore;
  deliveries: DeliveryWorker;
  /** Closes every office's business days before `before` (YYYY-MM-DD) now, whatever hour each office's day starts. */
  closeBusinessDay(before: string): Promise<DayCloseReport>;
  close(): Promise<void>;
}

async function checkServerKey(store: DistrictStore, keyCheck: string): Promise<void> {
  const stored = await store.transaction(async (tx) => {
    const existing = await tx.keyCheck();
    if (!existing) await tx.setKeyCheck(keyCheck);
    return existing ?? keyCheck;
  });
  if (stored !== keyCheck) {
    throw new Error('SUNBEON_SERVER_KEY is not the key this database was written with: its contacts could not be read nor its events recognised');
  }
}

/** The district server on one SQLite file or a shared PostgreSQL database: event ingestion, messages, public status pages and the nightly day close. */
export async function startDistrictServer(options: DistrictServerOptions): Promise<DistrictServer> {
  const log = options.log ?? createLogger('sunbeon-server');
  const clock = options.clock ?? systemClock;
  // Where business days meet, also when days close only when asked: the kiosks' default start hour.
  const businessDayStartHour = options.dayCloseHour ?? 4;
  const keys = deriveServerKeys(options.key);
  const store = await openDistrictStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dbFile: options.dbFile });
  const cipher = createContactCipher(keys.contactKey);
  const provider = options.provider ?? createLogProvider(log);
  let deliveries: DeliveryWorker | null = null;
  let dayClose: { stop(): Promise<void> } | null = null;
  // Node's 16 KiB header limit is too small for electron-updater's Range header (up to 1000 spans).
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024, forceCloseConnections: true, trustProxy: options.trustProxy ?? false, http: { maxHeaderSize: 64 * 1024 } });
  const limits = { ...defaultRateLimits, ...options.rateLimits };

  const shutDown = async () => {
    await app.close();
    await dayClose?.stop();
    await deliveries?.stop();
    await store.close();
  };

  try {
    await checkServerKey(store, keys.keyCheck);
    const interrupted = await store.transaction((tx) => tx.releaseDeliveryClaims(new Date(clock.now()).toISOString()));
    if (interrupted > 0) log.warn(`${interrupted} message(s) were being sent when the server stopped: asking ${provider.name} whether they went out before sending`);

    const deliveryCounts = createOfficeDeliveryCounts(store, clock);
    const worker = startDeliveryWorker({
      store,
      cipher,
      provider,
      clock,
      log,
      retry: { ...defaultRetryPolicy, ...options.retry },
      leaseMs: options.deliveryLeaseMs,
      reportPollMs: options.reportPollMs,
      messageHours: options.messageHours === null ? null : { ...defaultMessageHours, ...options.messageHours, dayStartHour: businessDayStartHour },
      onResults: (officeIds) => deliveryCounts.forget((officeId) => officeIds.includes(officeId)),
    });
    deliveries = worker;
    installSecurityHeaders(app, { contentSecurityPolicy, hstsMaxAgeS: HSTS_MAX_AGE_S });
    installErrorResponses(app, log);
    await installRateLimits(app, limits);
    const publicStatus = createPublicStatus(store, clock, options.statusCacheMs ?? 2_000);
    const ingest = {
      store,
      cipher,
      fingerprint: createEventFingerprinter(keys.fingerprintKey),
      rules: { approachingAt: options.approachingAt ?? 3, forecastUpdates: { ...defaultForecastUpdateRules, maxPerTicket: options.forecastUpdates ?? defaultForecastUpdateRules.maxPerTicket } },
      log,
      onMessagesDecided: worker.wake,
      onQueueChanged: (officeId: string, statusTokens: readonly string[]) => publicStatus.forget(officeId, statusTokens),
      // The office's message counts change only when messages are added here or the worker settles one (onResults).
      onDeliveriesAdded: (officeId: string) => deliveryCounts.forget((key) => key === officeId),
    };
    registerEventRoutes(app, ingest, clock, limits);
    registerStatusRoutes(app, publicStatus);
    registerStaticAssets(app);
    registerHeartbeatRoutes(app, store, clock, limits, deliveryCounts);
    registerReportWebhook(app, { secret: options.reportWebhookSecret ?? null, askProvider: worker.pollReports, log });
    const feed = options.updateDir ? registerUpdateFeed(app, store, options.updateDir, log, limits) : null;
    registerItRoutes(app, store, {
      token: options.itToken ?? null,
      log,
      clock,
      businessDayStartHour,
      thresholds: { ...defaultFleetThresholds, ...options.fleetThresholds },
      publishedVersion: feed?.publishedVersion,
    });

    const closeDay = async (before: string) => {
      const report = await closeBusinessDay(store, before, clock.now());
      log.info(`closed business days before ${before}: ${report.contactsDestroyed} phone number(s) destroyed, ${report.historyRowsPruned} old record(s) dropped`);
      return report;
    };
    if (options.dayCloseHour !== null) {
      // Every instance keeps the timer; the claim lets only one of them close what has ended.
      dayClose = scheduleDayClose(clock, () =>
        closeEndedBusinessDays(store, clock.now(), businessDayStartHour).then(
          (report) => (report ? log.info(`closed the business days that have ended in each office: ${report.contactsDestroyed} phone number(s) destroyed, ${report.historyRowsPruned} old record(s) dropped`) : undefined),
          (error: unknown) => log.error(`closing the business days that have ended failed: ${error instanceof Error ? error.message : 'unknown error'}`),
        ),
      );
    }

    const url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    // Messages decided before a restart and not yet sent.
    worker.wake();
    log.info(`district server listening at ${url}, messages via ${provider.name}`);
    return { url, app, store, deliveries: worker, closeBusinessDay: closeDay, close: shutDown };
  } catch (error) {
    await shutDown();
    throw error;
  }
}
