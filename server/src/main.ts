/**
 * `npm run server` (tsx server/src/main.ts): the district server, configured from the environment
 * (see server/README.md). Without SUNBEON_SERVER_KEY it runs as a demo with a generated key.
 */
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { serverConfigFromEnv } from './config';
import { loadOrCreateDevKey } from './crypto/serverKey';
import { startDistrictServer } from './districtServer';
import { LOG_FOLDER, openLogFiles } from '../../nodeShared/logFiles';
import { createLogger } from '../../nodeShared/logger';
import { createLogProvider } from './messages/providers/logProvider';
import { createSolapiProvider } from './messages/providers/solapiProvider';

let log = createLogger('sunbeon-server');

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

async function main(): Promise<void> {
  const config = serverConfigFromEnv(process.env);
  // Rotating files (a day or 10 MB each, two weeks kept) as well as stdout.
  log = (await openLogFiles('sunbeon-server', process.env.SUNBEON_SERVER_LOG_DIR ?? join(dirname(config.dbFile), LOG_FOLDER))).log;
  let key = config.key;
  if (!key && config.databaseUrl) {
    throw new Error('SUNBEON_SERVER_KEY must be set with PostgreSQL: every instance has to seal and read contacts with the same key');
  }
  if (!key) {
    const devKeyFile = `${config.dbFile}.dev-key`;
    const dev = loadOrCreateDevKey(devKeyFile);
    key = dev.key;
    log.warn(
      `SUNBEON_SERVER_KEY is not set: using a development key ${dev.created ? 'just generated' : 'kept'} in ${devKeyFile}. ` +
        'A key beside the database protects nothing; set SUNBEON_SERVER_KEY (32 bytes, hex or base64) in production.',
    );
  }
  if (!isLoopback(config.host)) {
    log.warn(`listening on ${config.host} over plain HTTP: kiosks must reach this server through HTTPS (a TLS-terminating proxy in front)`);
  }
  const server = await startDistrictServer({
    dbFile: config.dbFile,
    databaseUrl: config.databaseUrl ?? undefined,
    key,
    host: config.host,
    port: config.port,
    provider: config.solapi ? createSolapiProvider(config.solapi) : createLogProvider(log, config.smsSender),
    itToken: config.itToken,
    messageHours: config.messageHours,
    approachingAt: config.approachingAt,
    forecastUpdates: config.forecastUpdates,
    dayCloseHour: config.dayCloseHour,
    deliveryLeaseMs: config.deliveryLeaseMs,
    reportPollMs: config.reportPollMs,
    reportWebhookSecret: config.reportWebhookSecret,
    rateLimits: config.rateLimits,
    fleetThresholds: config.fleet,
    updateDir: config.updateDir,
    trustProxy: config.trustProxy,
    log,
  });
  log.info(`public status pages: ${server.url}/offices/<officeId> and ${server.url}/t/<statusToken>`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
