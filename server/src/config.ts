import { join } from 'node:path';
import { z } from 'zod';
import { parseServerKey } from './crypto/serverKey';
import { defaultRateLimits, type RateLimits } from './http/rateLimits';
import type { SolapiConfig } from './messages/providers/solapiProvider';

export const defaultDbFile = join(__dirname, '../.data/district.sqlite');

const integer = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const required = z.string().trim().min(1);

const serverEnvSchema = z.object({
  SUNBEON_SERVER_PORT: integer(0, 65_535, 8787),
  SUNBEON_SERVER_HOST: required.default('127.0.0.1'),
  SUNBEON_SERVER_DB: required.default(defaultDbFile),
  SUNBEON_SERVER_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// connection URL')
    .optional(),
  SUNBEON_SERVER_KEY: required.optional(),
  SUNBEON_IT_TOKEN: z.string().trim().min(32, 'at least 32 characters').optional(),
  SUNBEON_REPORT_WEBHOOK_SECRET: z.string().trim().regex(/^[A-Za-z0-9_-]{32,}$/, 'at least 32 URL-safe characters (letters, digits, - and _)').optional(),
  SUNBEON_SMS_SENDER: z
    .string()
    .regex(/^\d{8,12}$/, 'digits only')
    .optional(),
  SUNBEON_MESSAGE_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM-HH:MM (Seoul)')
    .default('08:00-21:00'),
  SUNBEON_MESSAGE_PROVIDER: z.enum(['log', 'solapi']).default('log'),
  SUNBEON_APPROACHING_AT: integer(1, 50, 3),
  SUNBEON_FORECAST_UPDATES: integer(0, 5, 2),
  SUNBEON_DAY_CLOSE_HOUR: integer(0, 23, 4),
  SUNBEON_DELIVERY_LEASE_S: integer(1, 3_600, 60),
  SUNBEON_REPORT_POLL_S: integer(1, 3_600, 30),
  SUNBEON_PUBLIC_RATE_LIMIT: integer(1, 1_000_000, defaultRateLimits.publicPerMinute),
  SUNBEON_KIOSK_RATE_LIMIT: integer(1, 1_000_000, defaultRateLimits.kioskPerMinute),
  SUNBEON_UPDATES_RATE_LIMIT: integer(1, 1_000_000, defaultRateLimits.updatesPerMinute),
  SUNBEON_UPDATE_DIR: required.optional(),
  SUNBEON_FLEET_SILENT_MIN: integer(1, 24 * 60, 5),
  SUNBEON_FLEET_SYNC_LAG_MIN: integer(1, 24 * 60, 10),
  SUNBEON_TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((list) => (list ? list.split(',').map((address) => address.trim()).filter(Boolean) : [])),
});

const solapiEnvSchema = z.object({
  SOLAPI_BASE_URL: z.url().default('https://api.solapi.com'),
  SOLAPI_API_KEY: required,
  SOLAPI_API_SECRET: required,
  SOLAPI_PF_ID: required,
  SOLAPI_SENDER: z.string().regex(/^\d{8,12}$/, 'digits only, as registered with Solapi'),
  SOLAPI_TEMPLATE_ISSUED: required,
  SOLAPI_TEMPLATE_APPROACHING: required,
  SOLAPI_TEMPLATE_UPDATE: required,
  SOLAPI_TEMPLATE_CALLED: required,
  SOLAPI_TEMPLATE_ISSUED_EN: required.optional(),
  SOLAPI_TEMPLATE_APPROACHING_EN: required.optional(),
  SOLAPI_TEMPLATE_UPDATE_EN: required.optional(),
  SOLAPI_TEMPLATE_CALLED_EN: required.optional(),
});

export interface ServerConfig {
  host: string;
  port: number;
  dbFile: string;
  /** PostgreSQL instead of the SQLite file when set. */
  databaseUrl: string | null;
  itToken: string | null;
  /** The last segment of the report webhook's URL; null: delivery reports are polled only. */
  reportWebhookSecret: string | null;
  /** The sender the log provider shows for SMS fallbacks (Solapi uses SOLAPI_SENDER). */
  smsSender: string | null;
  messageHours: { from: string; until: string };
  /** Null: none configured, and the demo falls back to a development key (see main.ts). */
  key: Buffer | null;
  solapi: SolapiConfig | null;
  approachingAt: number;
  /** At most this many "update" messages per ticket when its forecast moves materially; 0: none. */
  forecastUpdates: number;
  dayCloseHour: number;
  /** How long a message claimed by one instance stays its own before another instance may take it over. */
  deliveryLeaseMs: number;
  /** How often the provider is asked for accepted messages' final reports. */
  reportPollMs: number;
  rateLimits: RateLimits;
  /** The folder of releases served as the kiosks' update feed; null: no feed. */
  updateDir: string | null;
  /** When the fleet page calls a kiosk silent, and its sync late. */
  fleet: { silentAfterMs: number; syncLagMs: number };
  /** Empty: X-Forwarded-For is ignored. */
  trustProxy: string[];
}

/** Names what is wrong and where, never a value: the environment holds secrets. */
function parseOrExplain<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new Error(`Server configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const server = parseOrExplain(serverEnvSchema, env);
  const solapi = server.SUNBEON_MESSAGE_PROVIDER === 'solapi' ? parseOrExplain(solapiEnvSchema, env) : null;
  return {
    host: server.SUNBEON_SERVER_HOST,
    port: server.SUNBEON_SERVER_PORT,
    dbFile: server.SUNBEON_SERVER_DB,
    databaseUrl: server.SUNBEON_SERVER_DATABASE_URL ?? null,
    itToken: server.SUNBEON_IT_TOKEN ?? null,
    reportWebhookSecret: server.SUNBEON_REPORT_WEBHOOK_SECRET ?? null,
    smsSender: server.SUNBEON_SMS_SENDER ?? null,
    messageHours: { from: server.SUNBEON_MESSAGE_HOURS.slice(0, 5), until: server.SUNBEON_MESSAGE_HOURS.slice(6) },
    key: server.SUNBEON_SERVER_KEY ? parseServerKey(server.SUNBEON_SERVER_KEY) : null,
    approachingAt: server.SUNBEON_APPROACHING_AT,
    forecastUpdates: server.SUNBEON_FORECAST_UPDATES,
    dayCloseHour: server.SUNBEON_DAY_CLOSE_HOUR,
    deliveryLeaseMs: server.SUNBEON_DELIVERY_LEASE_S * 1000,
    reportPollMs: server.SUNBEON_REPORT_POLL_S * 1000,
    rateLimits: { publicPerMinute: server.SUNBEON_PUBLIC_RATE_LIMIT, kioskPerMinute: server.SUNBEON_KIOSK_RATE_LIMIT, updatesPerMinute: server.SUNBEON_UPDATES_RATE_LIMIT },
    updateDir: server.SUNBEON_UPDATE_DIR ?? null,
    fleet: { silentAfterMs: server.SUNBEON_FLEET_SILENT_MIN * 60_000, syncLagMs: server.SUNBEON_FLEET_SYNC_LAG_MIN * 60_000 },
    trustProxy: server.SUNBEON_TRUST_PROXY,
    solapi: solapi && {
      baseUrl: solapi.SOLAPI_BASE_URL,
      apiKey: solapi.SOLAPI_API_KEY,
      apiSecret: solapi.SOLAPI_API_SECRET,
      pfId: solapi.SOLAPI_PF_ID,
      sender: solapi.SOLAPI_SENDER,
      templates: {
        issued: { ko: solapi.SOLAPI_TEMPLATE_ISSUED, en: solapi.SOLAPI_TEMPLATE_ISSUED_EN },
        approaching: { ko: solapi.SOLAPI_TEMPLATE_APPROACHING, en: solapi.SOLAPI_TEMPLATE_APPROACHING_EN },
        update: { ko: solapi.SOLAPI_TEMPLATE_UPDATE, en: solapi.SOLAPI_TEMPLATE_UPDATE_EN },
        called: { ko: solapi.SOLAPI_TEMPLATE_CALLED, en: solapi.SOLAPI_TEMPLATE_CALLED_EN },
      },
    },
  };
}
