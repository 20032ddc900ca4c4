import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { pairedCounters } from './counterTokens';
import { setupLanServer } from '../testSupport/lanServerSetup';
import { createPairingCode } from './pairingCodes';
import { PAIRING_FAILURES_PER_MINUTE, PAIRING_FAILURES_PER_MINUTE_ALL } from './pairingRoutes';

const tempDir = useTempDirs();

function setup() {
  const lan = setupLanServer(tempDir());
  const pairWith = (code: string, remoteAddress = '192.168.0.21') =>
    lan.app.inject({ method: 'POST', url: '/api/pair', payload: { code }, remoteAddress });
  const newCode = (counterId = 'counter-1') => createPairingCode(lan.db, lan.clock, counterId).code;
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  return { ...lan, pairWith, newCode, wrongCode };
}

describe('POST /api/pair', () => {
  it('exchanges a code for a token and the counter it acts for', async () => {
    const { pairWith, newCode, logged } = setup();
    const response = await pairWith(newCode('counter-2'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      counter: { id: 'counter-2', number: 2, serviceIds: ['resident-registration', 'seal-certificate'], state: 'closed' },
    });
    expect(logged).toEqual(['Counter 2 paired a browser']);
  });

  it('accepts each code once, and not after 10 minutes', async () => {
    const { pairWith, newCode, later } = setup();
    const code = newCode();
    expect((await pairWith(code)).statusCode).toBe(200);
    const reused = await pairWith(code);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toEqual({ code: 'PAIRING_FAILED', message: expect.stringContaining('new one') });

    const expiring = newCode();
    later(10 * 60);
    expect((await pairWith(expiring)).json()).toMatchObject({ code: 'PAIRING_FAILED' });
  });

  it('issues no token for a counter that is no longer configured', async () => {
    const { pairWith, newCode, db } = setup();
    const response = await pairWith(newCode('counter-9'));
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'UNKNOWN_COUNTER' });
    expect(pairedCounters(db)).toEqual([]);
  });

  it.each([
    ['no body', {}],
    ['an empty object', { payload: {} }],
    ['five digits', { payload: { code: '12345' } }],
    ['a number', { payload: { code: 123456 } }],
    ['an extra field', { payload: { code: '123456', counterId: 'counter-1' } }],
    ['JSON that does not parse', { payload: '{"code":', headers: { 'content-type': 'application/json' } }],
    ['a JSON array', { payload: '["123456"]', headers: { 'content-type': 'application/json' } }],
  ])('answers 400 INVALID_REQUEST to %s', async (_case, request) => {
    const { app } = setup();
    const response = await app.inject({ method: 'POST', url: '/api/pair', ...request });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'INVALID_REQUEST', message: expect.any(String) });
  });

  it('names the problem of a body that is not JSON or too large, keeping HTTP’s status for it', async () => {
    const { app } = setup();
    const text = await app.inject({ method: 'POST', url: '/api/pair', payload: 'code=123456', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect([text.statusCode, text.json().code]).toEqual([415, 'INVALID_REQUEST']);
    const large = await app.inject({ method: 'POST', url: '/api/pair', payload: { code: '1'.repeat(5000) } });
    expect([large.statusCode, large.json().code]).toEqual([413, 'INVALID_REQUEST']);
  });

  it('stops an address after 5 wrong codes a minute, even with the right one, while other addresses pair', async () => {
    const { pairWith, newCode, wrongCode, later } = setup();
    const code = newCode();
    for (let i = 0; i < PAIRING_FAILURES_PER_MINUTE; i += 1) {
      expect((await pairWith(wrongCode(code))).statusCode).toBe(401);
    }
    const blocked = await pairWith(code);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    expect(blocked.json()).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('60 s') });

    expect((await pairWith(newCode('counter-2'), '192.168.0.22')).statusCode).toBe(200);

    later(60);
    expect((await pairWith(code)).statusCode).toBe(200);
  });
});

describe('pairing guesses from rotating source addresses', () => {
  it('are refused once all addresses together reach the global limit, and the refusal is logged without the code', async () => {
    const lan = setupLanServer(tempDir());
    const statuses: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const response = await lan.app.inject({ method: 'POST', url: '/api/pair', remoteAddress: `10.0.${Math.floor(i / 250)}.${i % 250}`, payload: { code: String(100000 + i) } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, PAIRING_FAILURES_PER_MINUTE_ALL).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(PAIRING_FAILURES_PER_MINUTE_ALL).every((s) => s === 429)).toBe(true);
    expect(lan.loggedAt.warn.length).toBe(100 - PAIRING_FAILURES_PER_MINUTE_ALL);
    expect(lan.loggedAt.warn.join('\n')).not.toMatch(/1000\d\d/);
  });
});
