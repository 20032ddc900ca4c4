import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { DEMO_STAFF_PIN } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();

function kiosk(dataDir = tempDir(), withLan = true) {
  const started = kiosks.start({ dataDir, demo: true, lan: withLan ? { host: '127.0.0.1', port: 0, pagesDir: tempDir() } : undefined });
  return { ...started, dataDir };
}

describe('the staff screen behind its PIN', () => {
  it('stays locked without the PIN, and locks out after five wrong ones', async () => {
    const { call, clock } = kiosk();
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
    for (let i = 0; i < 5; i += 1) expect(await call('unlockStaff', { pin: '9999' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    clock.set(clock.now() + 61_000);
    expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
    expect(await call('unlockStaff', { pin: '12' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('locks itself after five idle minutes and on request', async () => {
    const { call, clock } = kiosk();
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect((await call('getStaffOverview', {})).ok).toBe(true);
    clock.set(clock.now() + 4 * 60_000);
    expect((await call('getStaffOverview', {})).ok).toBe(true);
    clock.set(clock.now() + 5 * 60_000);
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    await call('lockStaff', {});
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
  });

  it('turns the LAN server on, pairs a counter that then calls over HTTP, and revokes it', async () => {
    const first = kiosk();
    const { call, dataDir } = first;
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect(await call('createPairingCode', { counterId: 'counter-3' })).toMatchObject({ ok: false, error: { code: 'LAN_UNAVAILABLE' } });
    const lan = await call('setLanServer', { enabled: true });
    expect(lan).toMatchObject({ ok: true, value: { enabled: true, running: true } });
    const counterPage = valueOf(lan).counterPageUrls[0];
    expect(counterPage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/counter$/);
    const base = counterPage.replace(/\/counter$/, '');

    const pairing = await call('createPairingCode', { counterId: 'counter-3' });
    expect(pairing).toMatchObject({ ok: true, value: { code: expect.stringMatching(/^\d{6}$/) } });
    const { code } = valueOf(pairing);
    const paired = await fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    expect(paired.status).toBe(200);
    const { token } = (await paired.json()) as { token: string };
    const status = await fetch(`${base}/api/counter/status`, { headers: { authorization: `Bearer ${token}` } });
    expect(status.status).toBe(200);
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { counters: expect.arrayContaining([expect.objectContaining({ id: 'counter-3', pairedDevices: 1 })]) } });

    expect(await call('revokeCounter', { counterId: 'counter-3' })).toEqual({ ok: true, value: { revokedDevices: 1 } });
    expect((await fetch(`${base}/api/counter/status`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect(await call('revokeCounter', { counterId: 'counter-99' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COUNTER' } });

    // The choice survives a restart.
    await kiosks.stop(first);
    const again = kiosk(dataDir);
    expect((await again.core.lan!.resume()).running).toBe(true);
  });

  it('says so when the kiosk has no LAN server', async () => {
    const { call } = kiosk(tempDir(), false);
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect(await call('setLanServer', { enabled: true })).toMatchObject({ ok: false, error: { code: 'LAN_UNAVAILABLE' } });
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { lan: { running: false } } });
  });
});
