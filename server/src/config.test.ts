import { describe, expect, it } from 'vitest';
import { defaultDbFile, serverConfigFromEnv } from './config';

const solapiEnv = {
  SUNBEON_MESSAGE_PROVIDER: 'solapi',
  SOLAPI_API_KEY: 'key',
  SOLAPI_API_SECRET: 'very-secret-value',
  SOLAPI_PF_ID: 'pf',
  SOLAPI_SENDER: '0212345678',
  SOLAPI_TEMPLATE_ISSUED: 't1',
  SOLAPI_TEMPLATE_APPROACHING: 't2',
  SOLAPI_TEMPLATE_UPDATE: 't4',
  SOLAPI_TEMPLATE_CALLED: 't3',
  SOLAPI_TEMPLATE_CALLED_EN: 't3en',
};

describe('serverConfigFromEnv', () => {
  it('defaults to loopback on 8787, the demo database, the log provider and no key', () => {
    expect(serverConfigFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dbFile: defaultDbFile,
      databaseUrl: null,
      itToken: null,
      reportWebhookSecret: null,
      smsSender: null,
      messageHours: { from: '08:00', until: '21:00' },
      key: null,
      solapi: null,
      approachingAt: 3,
      forecastUpdates: 2,
      dayCloseHour: 4,
      deliveryLeaseMs: 60_000,
      reportPollMs: 30_000,
      rateLimits: { publicPerMinute: 300, kioskPerMinute: 600, updatesPerMinute: 1_200 },
      updateDir: null,
      fleet: { silentAfterMs: 300_000, syncLagMs: 600_000 },
      trustProxy: [],
    });
  });

  it('reads the rate limits and the proxy addresses', () => {
    const config = serverConfigFromEnv({ SUNBEON_PUBLIC_RATE_LIMIT: '50', SUNBEON_KIOSK_RATE_LIMIT: '70', SUNBEON_UPDATES_RATE_LIMIT: '90', SUNBEON_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' });
    expect(config.rateLimits).toEqual({ publicPerMinute: 50, kioskPerMinute: 70, updatesPerMinute: 90 });
    expect(config.trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(() => serverConfigFromEnv({ SUNBEON_PUBLIC_RATE_LIMIT: '0' })).toThrow(/SUNBEON_PUBLIC_RATE_LIMIT/);
  });

  it('reads the delivery lease and the report poll interval in seconds', () => {
    expect(serverConfigFromEnv({ SUNBEON_DELIVERY_LEASE_S: '5', SUNBEON_REPORT_POLL_S: '2' })).toMatchObject({ deliveryLeaseMs: 5_000, reportPollMs: 2_000 });
    expect(() => serverConfigFromEnv({ SUNBEON_DELIVERY_LEASE_S: '0' })).toThrow(/SUNBEON_DELIVERY_LEASE_S/);
  });

  it('reads the report webhook secret, refusing one too short to keep a URL unguessable', () => {
    expect(serverConfigFromEnv({ SUNBEON_REPORT_WEBHOOK_SECRET: 'a'.repeat(32) }).reportWebhookSecret).toBe('a'.repeat(32));
    expect(() => serverConfigFromEnv({ SUNBEON_REPORT_WEBHOOK_SECRET: 'short' })).toThrow(/SUNBEON_REPORT_WEBHOOK_SECRET/);
  });

  it('reads the key and the Solapi settings', () => {
    const config = serverConfigFromEnv({ ...solapiEnv, SUNBEON_SERVER_KEY: 'ab'.repeat(32), SUNBEON_SERVER_PORT: '9000' });
    expect(config.key).toEqual(Buffer.alloc(32, 0xab));
    expect(config.port).toBe(9000);
    expect(config.solapi).toMatchObject({ baseUrl: 'https://api.solapi.com', pfId: 'pf', templates: { issued: { ko: 't1' }, called: { ko: 't3', en: 't3en' } } });
  });

  it('chooses PostgreSQL by a postgres:// URL, and never repeats a wrong one (it may hold a password)', () => {
    expect(serverConfigFromEnv({ SUNBEON_SERVER_DATABASE_URL: 'postgres://sunbeon@db.internal:5432/district' }).databaseUrl).toBe('postgres://sunbeon@db.internal:5432/district');
    const attempt = () => serverConfigFromEnv({ SUNBEON_SERVER_DATABASE_URL: 'mysql://user:hunter2@db' });
    expect(attempt).toThrow(/SUNBEON_SERVER_DATABASE_URL: a postgres:\/\/ connection URL/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('names what is missing without repeating any value', () => {
    const attempt = () => serverConfigFromEnv({ ...solapiEnv, SOLAPI_PF_ID: '', SOLAPI_SENDER: '02-1234-5678' });
    expect(attempt).toThrow(/SOLAPI_PF_ID/);
    expect(attempt).toThrow(/SOLAPI_SENDER: digits only/);
    expect(attempt).not.toThrow(/very-secret-value/);
    expect(() => serverConfigFromEnv({ SUNBEON_MESSAGE_PROVIDER: 'carrier-pigeon' })).toThrow(/SUNBEON_MESSAGE_PROVIDER/);
  });
});
