import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/errors';
import { kioskScript, TEST_DAY, TEST_NOW_MS } from '../testSupport/kioskScript';
import { useTestServers } from '../testSupport/testServers';
import { HSTS_MAX_AGE_S } from './securityHeaders';

const start = useTestServers();

describe('district server hardening', () => {
  it('sends HSTS and the other hardening headers on pages and the API', async () => {
    const { server } = await start();
    for (const path of ['/offices/gangnam', '/api/v1/tickets/nope', '/nowhere']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('strict-transport-security')).toBe(`max-age=${HSTS_MAX_AGE_S}; includeSubDomains`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers 429 with a clear body once one address passes the public limit, and keeps the kiosk intake apart', async () => {
    const { server, deliver } = await start({ rateLimits: { publicPerMinute: 5, kioskPerMinute: 50 } });
    const statuses: number[] = [];
    for (let guess = 0; guess < 8; guess += 1) statuses.push((await fetch(`${server.url}/t/guessed-token-${guess}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
    const refused = await fetch(`${server.url}/api/v1/offices/gangnam/status`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(apiErrorSchema.parse(await refused.json())).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/Too many requests/) });
    const script = kioskScript();
    expect(await deliver(script.batch([script.issue().event]))).toEqual(['applied']);
  });

  it('refuses the kiosk intake beyond its own limit', async () => {
    const { post } = await start({ rateLimits: { publicPerMinute: 100, kioskPerMinute: 3 } });
    const script = kioskScript();
    const statuses: number[] = [];
    for (let batch = 0; batch < 5; batch += 1) statuses.push((await post(script.batch([script.issue().event]))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it.each([
    ['a far-future day', '2099-12-31'],
    ['two days ahead', '2026-03-04'],
    ['eight days back', '2026-02-22'],
  ])('refuses a business day that is not near its own Seoul date: %s', async (_case, businessDay) => {
    const { post, server } = await start();
    const script = kioskScript({ businessDay, clockMs: TEST_NOW_MS });
    const { ticket, event } = script.issue();
    const response = await post(script.batch([script.issue().event, event]));
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.code).toBe('INVALID_REQUEST');
    expect(body.message).toContain(`events.0.payload.businessDay: "${businessDay}" is not near the server's Seoul date (accepted 2026-02-23 to 2026-03-03)`);
    expect(await server.store.transaction((tx) => tx.findTicketByStatusToken(ticket.statusToken))).toBeNull();
  });

  it('takes its own day, the day before and the next one', async () => {
    const { deliver } = await start();
    for (const businessDay of ['2026-02-23', '2026-03-01', TEST_DAY, '2026-03-03']) {
      const script = kioskScript({ businessDay });
      expect(await deliver(script.batch([script.issue().event, script.snapshot([{ id: 'passport', waiting: 1 }])]))).toEqual(['applied', 'applied']);
    }
  });
});
