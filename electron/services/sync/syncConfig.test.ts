import { describe, expect, it } from 'vitest';
import { eventsEndpoint, resolveSyncConfig, SyncConfigError } from './syncConfig';

const settings = { serverUrl: 'https://district.example', kioskId: 'kiosk-1', secret: 'a-long-kiosk-secret' };

describe('district server URL', () => {
  it.each([
    ['https://district.example', 'https://district.example/api/v1/events'],
    ['https://district.example:8443/sunbeon', 'https://district.example:8443/sunbeon/api/v1/events'],
    ['https://district.example/sunbeon/', 'https://district.example/sunbeon/api/v1/events'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/api/v1/events'],
    ['http://127.1.2.3', 'http://127.1.2.3/api/v1/events'],
    ['http://[::1]:8787', 'http://[::1]:8787/api/v1/events'],
    ['http://[0:0:0:0:0:0:0:1]:8787', 'http://[::1]:8787/api/v1/events'],
  ])('accepts %s', (serverUrl, endpoint) => {
    expect(eventsEndpoint(serverUrl).href).toBe(endpoint);
  });

  it.each([
    ['http://district.example', /must be reached over https.*not http:\/\/district\.example$/],
    ['http://192.168.0.10:8080', /plain http is allowed only to this machine/],
    ['http://10.0.0.1', /plain http is allowed only to this machine/],
    ['http://localhost:8787', /plain http is allowed only to this machine/],
    ['http://[::ffff:127.0.0.1]', /plain http is allowed only to this machine/],
    ['http://128.0.0.1', /plain http is allowed only to this machine/],
    ['ftp://district.example', /must start with https:\/\/, not ftp:/],
    ['district.example', /not a URL/],
    ['https://kiosk:secret@district.example', /must not contain credentials/],
  ])('refuses %s', (serverUrl, message) => {
    const attempt = () => eventsEndpoint(serverUrl);
    expect(attempt).toThrow(SyncConfigError);
    expect(attempt).toThrow(message);
  });

  it('keeps credentials out of the refusal', () => {
    expect(() => eventsEndpoint('http://kiosk:hunter2@192.168.0.10')).toThrow(/^(?!.*hunter2)/);
  });
});

describe('sync settings', () => {
  it('fills in the defaults and builds the bearer token', () => {
    expect(resolveSyncConfig(settings)).toEqual({
      endpoint: new URL('https://district.example/api/v1/events'),
      heartbeatEndpoint: new URL('https://district.example/api/v1/heartbeat'),
      authorization: 'Bearer kiosk-1.a-long-kiosk-secret',
      batchSize: 200,
      baseDelayMs: 1_000,
      maxDelayMs: 60_000,
      requestTimeoutMs: 30_000,
    });
  });

  it('names the invalid settings without repeating the secret', () => {
    const attempt = () => resolveSyncConfig({ ...settings, kioskId: 'kiosk.1', secret: 'has space', batchSize: 501, baseDelayMs: 10, maxDelayMs: 5 });
    expect(attempt).toThrow(SyncConfigError);
    expect(attempt).toThrow('District sync settings are invalid: kioskId, secret, batchSize');
    expect(() => resolveSyncConfig({ ...settings, baseDelayMs: 10, maxDelayMs: 5 })).toThrow('District sync settings are invalid: maxDelayMs');
  });
});
