import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { pairedCounters } from './counterTokens';
import { setupLanServer } from '../testSupport/lanServerSetup';
import { createPairingCode } from './pairingCodes';
import { PAIRING_FAILURES_PER_MINUTE } from './pairingRoutes';
import { latestAudit } from '../staff/auditLogRows';
import { PAIRING_LOCKOUT, pairingLockout } from './pairingLockout';

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
  const { freeAttempts } = PAIRING_LOCKOUT;
  /** Each guess from an address of its own, as a guesser rotating through the office subnet would send them. */
  async function guessFromNewAddresses(lan: ReturnType<typeof setupLanServer>, guesses: number, firstIndex = 0): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = firstIndex; i < firstIndex + guesses; i += 1) {
      const response = await lan.app.inject({ method: 'POST', url: '/api/pair', remoteAddress: `10.0.${Math.floor(i / 250)}.${i % 250}`, payload: { code: String(100000 + i) } });
      statuses.push(response.statusCode);
    }
    return statuses;
  }

  it('lock pairing for every address after 10 wrong codes in all, audit each wrong one, and log one warning per lockout without the codes', async () => {
    const lan = setupLanServer(tempDir());
    const statuses = await guessFromNewAddresses(lan, 1000);
    expect(statuses.slice(0, freeAttempts)).toEqual(Array(freeAttempts).fill(401));
    expect(statuses.slice(freeAttempts).every((s) => s === 429)).toBe(true);
    expect(lan.loggedAt.warn).toEqual([`Pairing locked for every address for 60 s: ${freeAttempts} wrong pairing codes in a row, the last from 10.0.0.9`]);
    expect(lan.logged.join('\n')).not.toMatch(/1000\d\d/);
    const audited = latestAudit(lan.db, 100, 'pairing-failed');
    expect(audited).toHaveLength(freeAttempts);
    expect(audited[0]).toMatchObject({ actor: 'kiosk', detail: { source: '10.0.0.9', consecutiveFailures: freeAttempts } });
    expect(pairingLockout.refusals(lan.db, lan.lockoutClocks)).toEqual({
      consecutiveFailures: freeAttempts,
      lastAt: '2026-11-24T01:00:00.000Z',
      lastSource: '10.0.0.9',
      lockedUntil: '2026-11-24T01:01:00.000Z',
    });
  });

  it('lock out longer after each further wrong code, even the right code, until a counter pairs', async () => {
    const lan = setupLanServer(tempDir());
    await guessFromNewAddresses(lan, freeAttempts);
    const code = createPairingCode(lan.db, lan.clock, 'counter-1').code;
    const pairFrom = (address: string, payload: string) => lan.app.inject({ method: 'POST', url: '/api/pair', remoteAddress: address, payload: { code: payload } });
    const blocked = await pairFrom('192.168.0.50', code);
    expect([blocked.statusCode, blocked.headers['retry-after']]).toEqual([429, '60']);

    // Each lockout that ends lets one more guess through, which doubles the next: 2, 4, 8 minutes.
    for (const [index, minutes] of [1, 2, 4].entries()) {
      lan.later(minutes * 60);
      expect(await guessFromNewAddresses(lan, 2, 500 + 2 * index)).toEqual([401, 429]);
      expect((await pairFrom('192.168.0.50', code)).headers['retry-after']).toBe(String(2 * minutes * 60));
    }
    expect(lan.loggedAt.warn.map((line) => /for (\d+) s/.exec(line)?.[1])).toEqual(['60', '120', '240', '480']);

    lan.later(8 * 60);
    expect((await pairFrom('192.168.0.50', createPairingCode(lan.db, lan.clock, 'counter-1').code)).statusCode).toBe(200);
    expect(pairingLockout.refusals(lan.db, lan.lockoutClocks)).toMatchObject({ consecutiveFailures: 0, lockedUntil: null, lastSource: '10.0.2.4' });
    expect(await guessFromNewAddresses(lan, 1, 900)).toEqual([401]);
  });

  it('stay locked out across a restart of the kiosk', async () => {
    const dir = tempDir();
    const first = setupLanServer(dir);
    await guessFromNewAddresses(first, freeAttempts);
    await first.server.close();
    first.db.close();

    const restarted = setupLanServer(dir);
    restarted.later(30);
    const code = createPairingCode(restarted.db, restarted.clock, 'counter-1').code;
    const refused = await restarted.app.inject({ method: 'POST', url: '/api/pair', remoteAddress: '192.168.0.50', payload: { code } });
    expect([refused.statusCode, refused.headers['retry-after']]).toEqual([429, '30']);
    restarted.later(30);
    expect((await restarted.app.inject({ method: 'POST', url: '/api/pair', remoteAddress: '192.168.0.50', payload: { code } })).statusCode).toBe(200);
  });
});
