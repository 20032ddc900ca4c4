import { describe, expect, it } from 'vitest';
import { settableClock } from '../../../nodeShared/clock';
import { useTempDirs } from '../testSupport/tempDir';
import { authenticateCounterToken, pairedCounters, revokeCounterTokens } from './counterTokens';
import { openLanTestDatabase } from '../testSupport/lanServerSetup';
import { createPairingCode, PAIRING_CODE_VALID_MS, redeemPairingCode } from './pairingCodes';
import { secretHash } from './secretHash';

const tempDir = useTempDirs();

function setup() {
  const db = openLanTestDatabase(tempDir());
  const clock = settableClock('2026-11-24T01:00:00Z');
  return { db, clock };
}

describe('pairing codes', () => {
  it('are 6 digits, valid for 10 minutes, and stored only as a hash', () => {
    const { db, clock } = setup();
    const { code, expiresAt } = createPairingCode(db, clock, 'counter-1');
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt).toBe('2026-11-24T01:10:00.000Z');
    const stored = db.prepare('SELECT * FROM pairing_codes').all();
    expect(stored).toEqual([{ code_hash: secretHash(code), counter_id: 'counter-1', expires_at_ms: clock.now() + PAIRING_CODE_VALID_MS }]);
    expect(JSON.stringify(stored)).not.toContain(code);
  });

  it('pair once: a second redeem of the same code fails', () => {
    const { db, clock } = setup();
    const { code } = createPairingCode(db, clock, 'counter-2');
    expect(redeemPairingCode(db, clock, code)).toMatchObject({ counterId: 'counter-2' });
    expect(redeemPairingCode(db, clock, code)).toBeNull();
  });

  it('expire after 10 minutes', () => {
    const { db, clock } = setup();
    const { code } = createPairingCode(db, clock, 'counter-1');
    clock.set(clock.now() + PAIRING_CODE_VALID_MS - 1);
    const stillValid = createPairingCode(db, clock, 'counter-2');
    clock.set(clock.now() + 1);
    expect(redeemPairingCode(db, clock, code)).toBeNull();
    expect(redeemPairingCode(db, clock, stillValid.code)).toMatchObject({ counterId: 'counter-2' });
  });

  it('a new code for a counter replaces its unused one; other counters keep theirs', () => {
    const { db, clock } = setup();
    const first = createPairingCode(db, clock, 'counter-1');
    const other = createPairingCode(db, clock, 'counter-2');
    const second = createPairingCode(db, clock, 'counter-1');
    expect(redeemPairingCode(db, clock, first.code)).toBeNull();
    expect(redeemPairingCode(db, clock, second.code)).toMatchObject({ counterId: 'counter-1' });
    expect(redeemPairingCode(db, clock, other.code)).toMatchObject({ counterId: 'counter-2' });
  });

  it('an unknown code pairs nothing', () => {
    const { db, clock } = setup();
    const { code } = createPairingCode(db, clock, 'counter-1');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(redeemPairingCode(db, clock, wrong)).toBeNull();
    expect(pairedCounters(db)).toEqual([]);
  });
});

describe('counter tokens', () => {
  function pair(counterId: string) {
    const { db, clock } = setup();
    const pairing = redeemPairingCode(db, clock, createPairingCode(db, clock, counterId).code);
    if (!pairing) throw new Error('pairing failed');
    return { db, clock, token: pairing.token };
  }

  it('are long random base64url strings, stored only as SHA-256 hashes', () => {
    const { db, token } = pair('counter-1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(db.prepare('SELECT token_hash, counter_id, created_at, revoked_at FROM counter_tokens').all()).toEqual([
      { token_hash: secretHash(token), counter_id: 'counter-1', created_at: '2026-11-24T01:00:00.000Z', revoked_at: null },
    ]);
  });

  it('authenticate their counter; unknown tokens authenticate nothing', () => {
    const { db, token } = pair('counter-3');
    expect(authenticateCounterToken(db, token)).toBe('counter-3');
    expect(authenticateCounterToken(db, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(authenticateCounterToken(db, '')).toBeNull();
  });

  it('are revoked per counter, and the staff screen sees which counters are paired', () => {
    const { db, clock, token } = pair('counter-1');
    const second = redeemPairingCode(db, clock, createPairingCode(db, clock, 'counter-1').code);
    const other = redeemPairingCode(db, clock, createPairingCode(db, clock, 'counter-2').code);
    expect(pairedCounters(db)).toEqual([
      { counterId: 'counter-1', devices: 2, lastPairedAt: '2026-11-24T01:00:00.000Z' },
      { counterId: 'counter-2', devices: 1, lastPairedAt: '2026-11-24T01:00:00.000Z' },
    ]);

    expect(revokeCounterTokens(db, 'counter-1')).toBe(2);
    expect(authenticateCounterToken(db, token)).toBeNull();
    expect(authenticateCounterToken(db, second?.token ?? '')).toBeNull();
    expect(authenticateCounterToken(db, other?.token ?? '')).toBe('counter-2');
    expect(pairedCounters(db)).toEqual([{ counterId: 'counter-2', devices: 1, lastPairedAt: '2026-11-24T01:00:00.000Z' }]);
    expect(revokeCounterTokens(db, 'counter-1')).toBe(0);
  });
});
