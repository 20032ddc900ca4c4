import { describe, expect, it } from 'vitest';
import type { FleetKiosk } from '../store/districtStore';
import { testHeartbeat } from '../testSupport/heartbeats';
import { defaultFleetThresholds, fleetHealth } from './fleetHealth';
import { compareVersions } from './versions';

const now = Date.parse('2026-03-02T01:10:00.000Z');
const kiosk = (kioskId: string, officeId = 'gangnam') => ({ kioskId, officeId, secretHash: 'h', createdAt: '2026-03-01T00:00:00.000Z' });
/** A kiosk heard from `agoMs` before now, its clock `offsetMs` off. */
const reporting = (kioskId: string, report = testHeartbeat(), { agoMs = 30_000, offsetMs = 0, officeId = 'gangnam' } = {}): FleetKiosk => ({
  kiosk: kiosk(kioskId, officeId),
  heartbeat: { kioskId, receivedAt: new Date(now - agoMs).toISOString(), clockOffsetMs: offsetMs, report },
});
const alertsOf = (fleet: FleetKiosk[], published: string | null = null) =>
  Object.fromEntries(fleetHealth(fleet, now, defaultFleetThresholds, published).offices.flatMap((office) => office.kiosks.map((k) => [k.kioskId, k.alerts])));

describe('the fleet page’s alerts', () => {
  it('flag nothing on a healthy kiosk, and a kiosk that never reported', () => {
    expect(alertsOf([reporting('well'), { kiosk: kiosk('new'), heartbeat: null }])).toEqual({ well: [], new: ['never-reported'] });
  });

  it('call a kiosk silent once no heartbeat came for the threshold', () => {
    expect(alertsOf([reporting('a', testHeartbeat(), { agoMs: 5 * 60_000 }), reporting('b', testHeartbeat(), { agoMs: 5 * 60_000 + 1 })])).toEqual({ a: [], b: ['silent'] });
  });

  it('tell paper out, paper low and other printer faults apart', () => {
    const printer = (state: 'paper-out' | 'cover-open' | 'ready', paperNearEnd: boolean) => testHeartbeat({ printer: { state, paperNearEnd } });
    expect(alertsOf([reporting('out', printer('paper-out', true)), reporting('cover', printer('cover-open', false)), reporting('low', printer('ready', true))])).toEqual({
      out: ['paper-out'],
      cover: ['printer-fault'],
      low: ['paper-low'],
    });
  });

  it('measure sync lag from the oldest waiting event to now, across the kiosk’s clock and ours', () => {
    const waiting = (oldestUnsentAt: string) => testHeartbeat({ sentAt: '2026-03-02T01:09:00.000Z', sync: { backlog: 12, oldestUnsentAt, setAside: 0 } });
    // Sent at 01:09 (kiosk clock), received 30 s ago: 9 min before sending + 30 s = 9.5 min, under 10.
    const recent = fleetHealth([reporting('recent', waiting('2026-03-02T01:00:00.000Z'))], now, defaultFleetThresholds).offices[0].kiosks[0];
    expect(recent).toMatchObject({ alerts: [], syncLagSeconds: 570 });
    expect(alertsOf([reporting('late', waiting('2026-03-02T00:59:00.000Z'))])).toEqual({ late: ['sync-lag'] });
    expect(alertsOf([reporting('aside', testHeartbeat({ sync: { backlog: 0, oldestUnsentAt: null, setAside: 1 } }))])).toEqual({ aside: ['events-set-aside'] });
  });

  it('flag versions behind the published one, or else behind the newest in the fleet', () => {
    const on = (appVersion: string) => testHeartbeat({ appVersion });
    const fleet = [reporting('old', on('1.2.0')), reporting('beta', on('1.3.0-beta.2')), reporting('new', on('1.3.0'))];
    expect(alertsOf(fleet)).toEqual({ old: ['version-behind'], beta: ['version-behind'], new: [] });
    expect(alertsOf(fleet, '1.4.0')).toEqual({ old: ['version-behind'], beta: ['version-behind'], new: ['version-behind'] });
    expect(fleetHealth(fleet, now, defaultFleetThresholds).currentVersion).toBe('1.3.0');
  });

  it('flag a kiosk whose last update was rolled back or did not install, until a later one takes', () => {
    const after = (kind: 'confirmed' | 'rolled-back' | 'install-failed') =>
      testHeartbeat({ update: { phase: 'up-to-date', offeredVersion: null, lastCheckAt: null, lastOutcome: { kind, version: '1.2.0', at: '2026-03-01T18:00:00.000Z' } } });
    const fleet = [reporting('back', after('rolled-back')), reporting('stuck', after('install-failed')), reporting('took', after('confirmed')), reporting('older-kiosk')];
    expect(alertsOf(fleet)).toEqual({ back: ['update-rolled-back'], stuck: ['update-rolled-back'], took: [], 'older-kiosk': [] });
  });

  it('flag an update that failed where the kiosk cannot go back by itself, and a kiosk not on the version its updater installed', () => {
    const update = (lastOutcome: 'rollback-unavailable' | null, installedVersion: string | null | undefined) =>
      testHeartbeat({
        update: { phase: 'up-to-date', offeredVersion: null, lastCheckAt: null, lastOutcome: lastOutcome && { kind: lastOutcome, version: '1.2.0', at: '2026-03-01T18:00:00.000Z' }, installedVersion },
      });
    // testHeartbeat runs 1.2.0.
    const fleet = [
      reporting('deb', update('rollback-unavailable', '1.2.0')),
      reporting('downgraded', update(null, '1.3.0')),
      reporting('as-installed', update(null, '1.2.0')),
      reporting('hand-installed', update(null, null)),
      reporting('older-kiosk', update(null, undefined)),
    ];
    expect(alertsOf(fleet)).toEqual({ deb: ['update-no-way-back'], downgraded: ['not-installed-version'], 'as-installed': [], 'hand-installed': [], 'older-kiosk': [] });
  });

  it('flag a clock off by more than the threshold either way, or in a fault staff have not confirmed', () => {
    expect(
      alertsOf([
        reporting('ahead', testHeartbeat(), { offsetMs: 121_000 }),
        reporting('behind', testHeartbeat(), { offsetMs: -121_000 }),
        reporting('close', testHeartbeat(), { offsetMs: 119_000 }),
        reporting('fault', testHeartbeat({ clockFault: true })),
      ]),
    ).toEqual({ ahead: ['clock-off'], behind: ['clock-off'], close: [], fault: ['clock-off'] });
  });

  it('flag a low disk and an error of the last hour', () => {
    const error = (at: string) => testHeartbeat({ sentAt: '2026-03-02T01:09:00.000Z', lastError: { code: 'INTERNAL', at } });
    expect(
      alertsOf([reporting('disk', testHeartbeat({ diskFreeBytes: 500_000_000 })), reporting('fresh', error('2026-03-02T00:30:00.000Z')), reporting('stale', error('2026-03-01T23:00:00.000Z'))]),
    ).toEqual({ disk: ['disk-low'], fresh: ['recent-error'], stale: [] });
  });

  it('group kiosks by office and count those that need a look', () => {
    const health = fleetHealth([reporting('a'), reporting('b', testHeartbeat({ clockFault: true }), { officeId: 'mapo' })], now, defaultFleetThresholds);
    expect(health.offices.map((office) => [office.officeId, office.kiosks.map((k) => k.kioskId)])).toEqual([
      ['gangnam', ['a']],
      ['mapo', ['b']],
    ]);
    expect(health.kiosksWithAlerts).toBe(1);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.3.0-beta.2', '1.3.0', -1],
    ['1.3.0-beta.10', '1.3.0-beta.2', 1],
    ['1.3.0', '1.3.0', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
