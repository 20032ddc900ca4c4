import { z } from 'zod';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/district/api';
import { isLoopbackHost } from '../../../shared/district/setting';

/** A setting the kiosk cannot sync with: thrown when the worker is created, before anything is sent. */
export class SyncConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncConfigError';
  }
}

const syncConfigSchema = z
  .object({
    serverUrl: z.string(),
    /** The token is `<kioskId>.<secret>`: the id may not contain the dot. */
    kioskId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    secret: z.string().regex(/^[\x21-\x7E]{1,256}$/),
    batchSize: z.number().int().min(1).max(MAX_EVENTS_PER_BATCH).default(200),
    baseDelayMs: z.number().int().positive().default(1_000),
    // An office waits minutes for its turn, not hours: a kiosk back online syncs within a minute.
    maxDelayMs: z.number().int().positive().default(60_000),
    requestTimeoutMs: z.number().int().positive().default(30_000),
  })
  .refine((config) => config.maxDelayMs >= config.baseDelayMs, { path: ['maxDelayMs'], message: 'must not be below baseDelayMs' });

export type SyncConfig = z.input<typeof syncConfigSchema>;

export interface ResolvedSyncConfig extends Omit<z.output<typeof syncConfigSchema>, 'serverUrl' | 'kioskId' | 'secret'> {
  endpoint: URL;
  heartbeatEndpoint: URL;
  authorization: string;
}

export function resolveSyncConfig(config: SyncConfig): ResolvedSyncConfig {
  const parsed = syncConfigSchema.safeParse(config);
  if (!parsed.success) {
    // Names the settings only: the secret must not end up in a log through its error message.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw new SyncConfigError(`District sync settings are invalid: ${fields}`);
  }
  const { serverUrl, kioskId, secret, ...timing } = parsed.data;
  return {
    ...timing,
    endpoint: eventsEndpoint(serverUrl),
    heartbeatEndpoint: districtEndpoint(serverUrl, 'api/v1/heartbeat'),
    authorization: `Bearer ${kioskId}.${secret}`,
  };
}

export function eventsEndpoint(serverUrl: string): URL {
  return districtEndpoint(serverUrl, 'api/v1/events');
}

/** Kiosk credentials and residents' numbers travel only encrypted, except to a server on this very machine. */
function districtEndpoint(serverUrl: string, path: string): URL {
  let base: URL;
  try {
    base = new URL(serverUrl);
  } catch {
    throw new SyncConfigError('The district server URL is not a URL');
  }
  if (base.username || base.password) throw new SyncConfigError('The district server URL must not contain credentials: the kiosk id and secret are separate settings');
  const origin = `${base.protocol}//${base.host}`;
  if (base.protocol === 'http:' && !isLoopbackHost(base.hostname)) {
    throw new SyncConfigError(`The district server must be reached over https; plain http is allowed only to this machine (127.0.0.1 or [::1]), not ${origin}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new SyncConfigError(`The district server URL must start with https://, not ${base.protocol}`);
  return new URL(path, base.href.endsWith('/') ? base.href : `${base.href}/`);
}
