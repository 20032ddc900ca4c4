import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf, type KioskCall } from '../testSupport/testKiosk';
import { DEMO_STAFF_PIN } from './kioskCore';
import { PAIRING_LOCKOUT } from '../lan/pairingLockout';
import { PAIRING_FAILURES_PER_MINUTE } from '../lan/pairingRoutes';
import { MANAGER_PIN_FAILURES_PER_MINUTE } from '../lan/managerRoutes';
import { systemMachineTime } from '../queue/machineTime';
import { settableMachineTime, type SettableMachineTime } from '../testSupport/settableMachineTime';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const virtualPrinter = useVirtualPrinters();

/** Without `machine`, the kiosk runs on a simulated clock; with it, on that machine's wall clock and time since boot. */
function kiosk(dataDir = tempDir(), withLan = true, machine?: SettableMachineTime) {
  const started = kiosks.start({ dataDir, demo: true, machineTime: machine, lan: withLan ? { host: '127.0.0.1', port: 0, pagesDir: tempDir() } : undefined });
  return { ...started, dataDir };
}

/** Turns the LAN server on (staff must be unlocked) and answers its base URL. */
async function lanBase(call: KioskCall): Promise<string> {
  const lan = await call('setLanServer', { enabled: true });
  expect(lan).toMatchObject({ ok: true, value: { enabled: true, running: true } });
  const counterPage = valueOf(lan).counterPageUrls[0];
  expect(counterPage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/counter$/);
  return counterPage.replace(/\/counter$/, '');
}

/** Pairs a counter the way its page does: a code from the staff screen, typed into POST /api/pair. */
async function pairOverHttp(call: KioskCall, base: string, counterId: string): Promise<string> {
  const pairing = await call('createPairingCode', { counterId });
  expect(pairing).toMatchObject({ ok: true, value: { code: expect.stringMatching(/^\d{6}$/) } });
  const paired = await fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: valueOf(pairing).code }) });
  expect(paired.status).toBe(200);
  return ((await paired.json()) as { token: string }).token;
}

const openStreams: IncomingMessage[] = [];
afterEach(() => {
  for (const stream of openStreams.splice(0)) stream.destroy();
});

/** Opens GET /api/events on a real connection; resolves once the response head arrived. */
function openEventStream(base: string, token?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/events`, { headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      openStreams.push(res);
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves when the server ends the stream; reads (and drops) what it sends until then. */
function streamEnded(stream: IncomingMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('end', resolve).on('error', reject).resume();
  });
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

  it("keeps the keypad lockout on the queue's trusted time: setting the wall clock forward, even across a restart, lifts nothing", async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, demo: true, machineTime: machine });
    for (let i = 0; i < 5; i += 1) expect(await first.call('unlockStaff', { pin: '999999' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    machine.setWallClock(machine.wallMs() + 24 * 60 * 60_000);
    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong PINs: try again in 60 s' } });
    await kiosks.stop(first);

    const second = kiosks.start({ dataDir, demo: true, machineTime: machine });
    expect(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    machine.pass(61_000);
    expect(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
  });

  it('holds a keypad lockout on time since boot too: a forward jump the queue takes for an NTP correction shortens nothing; after a reboot the trusted time alone holds', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, demo: true, machineTime: machine });
    for (let i = 0; i < 5; i += 1) expect(await first.call('unlockStaff', { pin: '999999' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    // Under the clock-jump limit, so the queue's time follows: on the trusted time alone the minute's lockout would be over.
    machine.setWallClock(machine.wallMs() + 9 * 60_000);
    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 } });
    machine.pass(30_000);
    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 } });
    await kiosks.stop(first);

    // A reboot: time since boot starts again, so only the trusted end (already past) holds.
    machine.reboot(1_000);
    const second = kiosks.start({ dataDir, demo: true, machineTime: machine });
    expect(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
  });

  it('without named boots, a lockout holds on time since boot until that time goes back past any lockout’s length (a reboot)', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z', { namesBoots: false });
    machine.pass(2 * 60 * 60_000);
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, demo: true, machineTime: machine });
    for (let i = 0; i < 5; i += 1) await first.call('unlockStaff', { pin: '999999' });
    machine.setWallClock(machine.wallMs() + 9 * 60_000);
    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong PINs: try again in 60 s' } });
    await kiosks.stop(first);
    machine.reboot(60_000);
    const second = kiosks.start({ dataDir, demo: true, machineTime: machine });
    expect(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
  });

  it('without named boots, a reboot soon after boot is seen as one: the lockout lasts its own length, not up to the longest lockout', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z', { namesBoots: false });
    machine.pass(9 * 60_000);
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, demo: true, machineTime: machine });
    for (let i = 0; i < 5; i += 1) await first.call('unlockStaff', { pin: '999999' });
    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 } });
    await kiosks.stop(first);
    machine.reboot(60_000);
    const second = kiosks.start({ dataDir, demo: true, machineTime: machine });
    expect(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
  });

  it('stamps every audit line with the queue’s trusted time, whichever part of the kiosk writes it', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const { call } = kiosks.start({ dataDir: tempDir(), demo: true, machineTime: machine });
    expect((await call('unlockStaff', { pin: '999999' })).ok).toBe(false);
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    valueOf(await call('setStaffPin', { role: 'clerk', pin: '730584' }));
    const entries = valueOf(await call('getAuditLog', { limit: 10 })).entries;
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['unlock-failed', 'unlock']));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) expect(entry.at, entry.action).toMatch(/^2026-11-24T01:00/);
  });

  it('stays open when staff confirm a wall clock that moved a day: the idle lock counts time that passed, not the trusted time', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const { call } = kiosks.start({ dataDir: tempDir(), demo: true, machineTime: machine });
    machine.pass(60_000);
    machine.setWallClock(machine.wallMs() + 24 * 60 * 60_000);
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    const overview = await call('getStaffOverview', {});
    const fault = overview.ok ? overview.value.clockFault : null;
    expect(fault).toMatchObject({ direction: 'ahead' });
    expect((await call('confirmClock', { wallClockAt: fault!.wallClockAt })).ok).toBe(true);
    expect((await call('getStaffOverview', {})).ok).toBe(true);
    machine.pass(5 * 60_000 + 1_000);
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
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

  it('lets the open screen re-read its overview without holding off the idle lock', async () => {
    const { call, clock } = kiosk();
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    clock.set(clock.now() + 4 * 60_000);
    expect((await call('getStaffOverview', { background: true })).ok).toBe(true);
    clock.set(clock.now() + 60_000);
    expect(await call('getStaffOverview', { background: true })).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
  });

  it('turns the LAN server on, pairs a counter that then calls over HTTP, and revokes it', async () => {
    const first = kiosk();
    const { call, dataDir } = first;
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect(await call('createPairingCode', { counterId: 'counter-3' })).toMatchObject({ ok: false, error: { code: 'LAN_UNAVAILABLE' } });
    const base = await lanBase(call);

    const wrong = await fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: '000000' }) });
    expect(wrong.status).toBe(401);
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { refusedPairings: { consecutiveFailures: 1, lastSource: '127.0.0.1', lockedUntil: null } } });
    const token = await pairOverHttp(call, base, 'counter-3');
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { refusedPairings: { consecutiveFailures: 0, lastSource: '127.0.0.1' } } });
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

  it("ends a revoked counter's open live event stream at once, and refuses its reconnect", async () => {
    const { call } = kiosk();
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    const base = await lanBase(call);
    const revokedToken = await pairOverHttp(call, base, 'counter-3');
    const otherToken = await pairOverHttp(call, base, 'counter-1');
    const revokedStream = await openEventStream(base, revokedToken);
    const otherStream = await openEventStream(base, otherToken);
    const boardStream = await openEventStream(base);
    expect([revokedStream, otherStream, boardStream].map((res) => res.statusCode)).toEqual([200, 200, 200]);
    let othersEnded = false;
    for (const stream of [otherStream, boardStream]) void streamEnded(stream).then(() => (othersEnded = true));

    expect(await call('revokeCounter', { counterId: 'counter-3' })).toEqual({ ok: true, value: { revokedDevices: 1 } });
    await streamEnded(revokedStream);
    const reconnect = await openEventStream(base, revokedToken);
    expect(reconnect.statusCode).toBe(401);

    // Only the revoked counter's stream ended: the other counter and the board still get events.
    expect(othersEnded).toBe(false);
    const nextEvents = [otherStream, boardStream].map((stream) => new Promise<string>((resolve) => stream.once('data', (chunk) => resolve(String(chunk)))));
    const opened = await fetch(`${base}/api/counter/state`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${otherToken}` }, body: JSON.stringify({ state: 'open' }) });
    expect(opened.status).toBe(200);
    for (const event of await Promise.all(nextEvents)) expect(event).toMatch(/^id: \d+\nevent: counter/);
    expect(othersEnded).toBe(false);
  });

  it('lets the manager, not a clerk, lift a pairing lockout; it is audited, and the next wrong code locks again at once', async () => {
    const { call, clock } = kiosk();
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const base = await lanBase(call);
    const pair = (code: string) => fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const code = valueOf(await call('createPairingCode', { counterId: 'counter-1' })).code;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    // One address keeps under its own limit of 5 a minute only by the clock moving on.
    for (let guess = 0; guess < PAIRING_LOCKOUT.freeAttempts; guess += 1) {
      expect((await pair(wrong)).status).toBe(401);
      if (guess % 4 === 3) clock.set(clock.now() + 61_000);
    }
    expect((await pair(code)).status).toBe(429);
    const { lockedUntil } = valueOf(await call('getStaffOverview', {})).refusedPairings;
    expect(lockedUntil).not.toBeNull();

    valueOf(await call('setStaffPin', { role: 'clerk', pin: '730584' }));
    valueOf(await call('unlockStaff', { pin: '730584' }));
    expect(await call('liftLanLockout', { lockout: 'pairing' })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(await call('liftLanLockout', { lockout: 'pairing' })).toEqual({ ok: true, value: { wasLockedUntil: lockedUntil } });
    expect(valueOf(await call('getStaffOverview', {})).refusedPairings).toMatchObject({ consecutiveFailures: PAIRING_LOCKOUT.freeAttempts, lockedUntil: null });
    expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'pairing-lockout-lifted', detail: { wasLockedUntil: lockedUntil } });
    expect(await call('liftLanLockout', { lockout: 'pairing' })).toEqual({ ok: true, value: { wasLockedUntil: null } });

    clock.set(clock.now() + 61_000);
    expect((await pair(wrong)).status).toBe(401);
    expect((await pair(code)).status).toBe(429);
    valueOf(await call('liftLanLockout', { lockout: 'pairing' }));
    expect((await pair(code)).status).toBe(200);
    expect(valueOf(await call('getStaffOverview', {})).refusedPairings).toMatchObject({ consecutiveFailures: 0, lockedUntil: null });
  });

  it('holds a pairing lockout on time since boot too: a forward jump the queue takes shortens nothing; after a reboot the trusted time alone holds', async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const dataDir = tempDir();
    const first = kiosk(dataDir, true, machine);
    valueOf(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const base = await lanBase(first.call);
    const pair = (code: string) => fetch(`${base}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    for (let guess = 0; guess < PAIRING_LOCKOUT.freeAttempts; guess += 1) {
      expect((await pair(String(100_000 + guess))).status).toBe(401);
      if (guess % 4 === 3) machine.pass(61_000);
    }
    // Under the clock-jump limit, so the queue's time follows: on the trusted time alone the minute's lockout would be over.
    machine.setWallClock(machine.wallMs() + 9 * 60_000);
    const code = valueOf(await first.call('createPairingCode', { counterId: 'counter-1' })).code;
    const refused = await pair(code);
    expect([refused.status, refused.headers.get('retry-after')]).toEqual([429, '60']);
    // The staff screen shows when it ends on the queue's time, not the end that time already passed.
    expect(valueOf(await first.call('getStaffOverview', {})).refusedPairings.lockedUntil).toBe(new Date(machine.wallMs() + 60_000).toISOString());
    machine.pass(30_000);
    expect((await pair(code)).headers.get('retry-after')).toBe('30');
    await kiosks.stop(first);

    // A reboot: time since boot starts again, so only the trusted end (already past) holds.
    machine.reboot(1_000);
    const second = kiosk(dataDir, true, machine);
    valueOf(await second.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const again = await lanBase(second.call);
    expect(await pairOverHttp(second.call, again, 'counter-1')).toEqual(expect.any(String));
  });

  it('says so when the kiosk has no LAN server', async () => {
    const { call } = kiosk(tempDir(), false);
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect(await call('setLanServer', { enabled: true })).toMatchObject({ ok: false, error: { code: 'LAN_UNAVAILABLE' } });
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { lan: { running: false } } });
  });
});

describe('wrong PINs on the LAN manager page and at the keypad, counted apart', () => {
  const signIn = (base: string, pin: string) =>
    fetch(`${base}/api/manager/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin }) });

  /** A kiosk with its LAN server on and its staff screen locked again. */
  async function kioskOnLan(dataDir: string, machine?: SettableMachineTime) {
    const started = kiosk(dataDir, true, machine);
    await started.call('unlockStaff', { pin: DEMO_STAFF_PIN });
    const base = await lanBase(started.call);
    await started.call('lockStaff', {});
    return { ...started, base };
  }

  it('a LAN guesser locks only the manager page, the lockout outlives a restart, and staff see and audit it', async () => {
    const dataDir = tempDir();
    const first = await kioskOnLan(dataDir);
    for (let i = 0; i < 5; i += 1) expect((await signIn(first.base, '999999')).status).toBe(401);
    expect((await signIn(first.base, DEMO_STAFF_PIN)).status).toBe(429);

    expect(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: true, value: { role: 'manager' } });
    const overview = valueOf(await first.call('getStaffOverview', {}));
    expect(overview.refusedManagerPagePins).toMatchObject({ consecutiveFailures: 5, lastSource: '127.0.0.1', lockedUntil: expect.any(String) });
    expect(overview.recentFailedUnlocks[0]).toMatchObject({ consecutiveFailures: 5, from: '127.0.0.1' });
    const audited = valueOf(await first.call('getAuditLog', { limit: 10 })).entries.filter((entry) => entry.action === 'unlock-failed');
    expect(audited).toHaveLength(5);
    expect(audited[0]!.detail).toEqual({ consecutiveFailures: 5, via: 'lan', from: '127.0.0.1' });
    await kiosks.stop(first);

    // The per-address limit lives in memory: after a restart only the kept record refuses.
    const second = await kioskOnLan(dataDir);
    expect(await (await signIn(second.base, DEMO_STAFF_PIN)).json()).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong PINs: try again in 60 s' });
    second.clock.set(second.clock.now() + 61_000);
    expect((await signIn(second.base, DEMO_STAFF_PIN)).status).toBe(200);
    await second.call('unlockStaff', { pin: DEMO_STAFF_PIN });
    expect(valueOf(await second.call('getStaffOverview', {})).refusedManagerPagePins).toMatchObject({ consecutiveFailures: 0, lockedUntil: null });
  });

  it("holds the manager page lockout and the address's minute on time since boot too: a forward jump the queue takes shortens neither; after a reboot the trusted time alone holds", async () => {
    const machine = settableMachineTime('2026-11-24T01:00:00Z');
    const dataDir = tempDir();
    const first = await kioskOnLan(dataDir, machine);
    // The first wrong PIN half a minute before the others: this address's minute ends 30 s before the lockout the fifth starts.
    expect((await signIn(first.base, '999999')).status).toBe(401);
    machine.pass(30_000);
    for (let i = 1; i < 5; i += 1) expect((await signIn(first.base, '999999')).status).toBe(401);
    // Under the clock-jump limit, so the queue's time follows: on the trusted time alone the address's minute and the lockout would be over.
    machine.setWallClock(machine.wallMs() + 9 * 60_000);
    expect(await (await signIn(first.base, DEMO_STAFF_PIN)).json()).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong PINs from this address: try again in 30 s' });
    machine.pass(30_000);
    expect(await (await signIn(first.base, DEMO_STAFF_PIN)).json()).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong PINs: try again in 30 s' });
    valueOf(await first.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(valueOf(await first.call('getStaffOverview', {})).refusedManagerPagePins.lockedUntil).toBe(new Date(machine.wallMs() + 30_000).toISOString());
    await kiosks.stop(first);

    // A reboot: time since boot starts again, so only the trusted end (already past) holds.
    machine.reboot(1_000);
    const second = await kioskOnLan(dataDir, machine);
    expect((await signIn(second.base, DEMO_STAFF_PIN)).status).toBe(200);
  });

  it('the manager lifts the manager page lockout from the staff screen (audited); the count stays, so the next wrong PIN locks again', async () => {
    const { call, clock, base } = await kioskOnLan(tempDir());
    for (let i = 0; i < 5; i += 1) expect((await signIn(base, '999999')).status).toBe(401);
    // A minute on, this address is under its own limit again; the kept lockout ended too, and the next wrong PIN starts a longer one.
    clock.set(clock.now() + 61_000);
    expect((await signIn(base, '999999')).status).toBe(401);
    expect((await signIn(base, DEMO_STAFF_PIN)).status).toBe(429);

    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const { lockedUntil } = valueOf(await call('getStaffOverview', {})).refusedManagerPagePins;
    expect(Date.parse(lockedUntil!)).toBe(clock.now() + 2 * 60_000);
    valueOf(await call('setStaffPin', { role: 'clerk', pin: '730584' }));
    valueOf(await call('unlockStaff', { pin: '730584' }));
    expect(await call('liftLanLockout', { lockout: 'managerPage' })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(await call('liftLanLockout', { lockout: 'managerPage' })).toEqual({ ok: true, value: { wasLockedUntil: lockedUntil } });
    expect(valueOf(await call('getStaffOverview', {})).refusedManagerPagePins).toMatchObject({ consecutiveFailures: 6, lockedUntil: null });
    expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'manager-page-lockout-lifted', detail: { wasLockedUntil: lockedUntil } });
    expect(await call('liftLanLockout', { lockout: 'managerPage' })).toEqual({ ok: true, value: { wasLockedUntil: null } });
    expect(await call('liftLanLockout', { lockout: 'elsewhere' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    expect((await signIn(base, '999999')).status).toBe(401);
    expect((await signIn(base, DEMO_STAFF_PIN)).status).toBe(429);
    valueOf(await call('liftLanLockout', { lockout: 'managerPage' }));
    expect((await signIn(base, DEMO_STAFF_PIN)).status).toBe(200);
    expect(valueOf(await call('getStaffOverview', {})).refusedManagerPagePins).toMatchObject({ consecutiveFailures: 0, lockedUntil: null });
  });

  it('lifting the manager page lockout lets that address sign in at once: its per-address limit of wrong PINs a minute is cleared too', async () => {
    const { call, base } = await kioskOnLan(tempDir());
    for (let i = 0; i < 5; i += 1) expect((await signIn(base, '999999')).status).toBe(401);
    expect(await (await signIn(base, DEMO_STAFF_PIN)).json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    valueOf(await call('liftLanLockout', { lockout: 'managerPage' }));
    // Without a moment passing: neither the kept lockout nor the address's minute holds the manager back.
    expect((await signIn(base, DEMO_STAFF_PIN)).status).toBe(200);
  });

  it('a keypad guesser locks only the keypad: the manager page still signs the manager in', async () => {
    const { call, base } = await kioskOnLan(tempDir());
    for (let i = 0; i < 5; i += 1) expect(await call('unlockStaff', { pin: '999999' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    const signedIn = await signIn(base, DEMO_STAFF_PIN);
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toEqual({ token: expect.any(String) });
    expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  });

  it("audits the manager page's CSV download with the range and the address", async () => {
    const { call, base } = await kioskOnLan(tempDir());
    const { token } = (await (await signIn(base, DEMO_STAFF_PIN)).json()) as { token: string };
    const csv = await fetch(`${base}/api/manager/statistics.csv?fromDay=2026-11-24&toDay=2026-11-24`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    await call('unlockStaff', { pin: DEMO_STAFF_PIN });
    const [entry] = valueOf(await call('getAuditLog', { limit: 2 })).entries.filter((e) => e.action === 'statistics-exported');
    expect(entry).toMatchObject({ actor: 'manager', detail: { fromDay: '2026-11-24', toDay: '2026-11-24', via: 'lan', from: '127.0.0.1' } });
  });
});

describe("on this machine's own clocks", () => {
  afterEach(() => vi.useRealTimers());

  /** This machine's wall clock and time since boot (performance.now); with Date faked, vi.setSystemTime moves the wall clock alone. */
  const thisMachine = (): SettableMachineTime => ({
    ...systemMachineTime,
    setWallClock: (to) => vi.setSystemTime(to),
    pass: () => {
      throw new Error('real time since boot cannot be moved');
    },
    reboot: () => {
      throw new Error('this machine does not reboot in a test');
    },
  });

  it('a ticket is issued while the queue keeps its own time over a wall clock fault', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-24T01:00:00Z') });
    const machine = thisMachine();
    const { call } = kiosks.start({ dataDir: tempDir(), demo: true, machineTime: machine, printerPort: (await virtualPrinter()).port });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    // An hour forward, past the clock-jump limit: a fault, and the queue's time runs on from time since boot.
    machine.setWallClock(Date.now() + 60 * 60_000);
    expect(valueOf(await call('getStaffOverview', {})).clockFault).toMatchObject({ direction: 'ahead' });
    const { ticket } = valueOf(await call('issueTicket', { serviceId: 'resident-registration', kind: 'paper', language: 'ko' }));
    expect(Date.parse(ticket.issuedAt)).toBeLessThan(Date.parse('2026-11-24T01:10:00Z'));
  });

  it('wrong attempts are counted and lock out at the keypad, at pairing and on the manager page: each lockout keeps its end on time since boot', async () => {
    const { call } = kiosk(tempDir(), true, thisMachine());
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const base = await lanBase(call);
    const post = (path: string, body: object) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('/api/pair', { code: '100000' })).status).toBe(401);
    expect(valueOf(await call('getStaffOverview', {})).refusedPairings.consecutiveFailures).toBe(1);
    for (let i = 0; i < 5; i += 1) expect((await post('/api/manager/login', { pin: '999999' })).status).toBe(401);
    expect(await (await post('/api/manager/login', { pin: DEMO_STAFF_PIN })).json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await call('lockStaff', {});
    for (let i = 0; i < 5; i += 1) expect(await call('unlockStaff', { pin: '999999' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  });

  it("an address's limits of wrong attempts a minute hold when the wall clock is set forward: neither its pairing codes nor its manager PINs are forgiven", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-24T01:00:00Z') });
    const machine = thisMachine();
    const { call } = kiosk(tempDir(), true, machine);
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const base = await lanBase(call);
    const post = (path: string, body: object) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    // Under the kept pairing lockout's free tries, so only the address's own limit can refuse the right code below.
    expect(PAIRING_FAILURES_PER_MINUTE).toBeLessThan(PAIRING_LOCKOUT.freeAttempts);
    for (let guess = 0; guess < PAIRING_FAILURES_PER_MINUTE; guess += 1) expect((await post('/api/pair', { code: String(100_000 + guess) })).status).toBe(401);
    for (let guess = 0; guess < MANAGER_PIN_FAILURES_PER_MINUTE; guess += 1) expect((await post('/api/manager/login', { pin: '999999' })).status).toBe(401);

    // Five minutes forward, under the clock-jump limit: the queue's time follows, time since boot does not.
    machine.setWallClock(Date.now() + 5 * 60_000);
    const code = valueOf(await call('createPairingCode', { counterId: 'counter-1' })).code;
    const pairing = await post('/api/pair', { code });
    expect(pairing.status).toBe(429);
    expect(Number(pairing.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(valueOf(await call('getStaffOverview', {})).refusedPairings.lockedUntil).toBeNull();
    const signingIn = await post('/api/manager/login', { pin: DEMO_STAFF_PIN });
    expect(((await signingIn.json()) as { message: string }).message).toMatch(/^Too many wrong PINs from this address: try again in (5\d|60) s$/);
  });
});
