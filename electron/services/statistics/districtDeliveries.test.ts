import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryCounts } from '../../../shared/statistics';
import { settableClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { DEMO_STAFF_PIN } from '../kiosk/kioskCore';
import { staticKeyProvider } from '../privacy/keyProviders';
import { demoOffice } from '../office/demoOffice';
import { pruneHistory } from '../queue/history';
import { startDistrictStub, STUB_KIOSK_ID, STUB_SECRET, type DistrictStub } from '../sync/testSupport/districtStub';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { districtDeliveryRows } from './districtDeliveryRows';
import { keepDistrictDeliveries } from './districtDeliveries';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const stubs: DistrictStub[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.close();
});

const counts = (values: Partial<DeliveryCounts>): DeliveryCounts => ({ requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0, ...values });

describe("the district's message counts in the kiosk's statistics", { timeout: 30_000 }, () => {
  it('come with each heartbeat’s answer, are kept per business day, and show in the statistics of the range asked', async () => {
    const stub = await startDistrictStub();
    stubs.push(stub);
    stub.heartbeatAnswer = {
      deliveries: [
        { businessDay: '2026-11-20', counts: counts({ delivered: 9 }) },
        { businessDay: '2026-11-23', counts: counts({ delivered: 3, fell_back: 1, failed: 1, expired: 2 }) },
        { businessDay: '2026-11-24', counts: counts({ requested: 1, accepted: 2 }) },
      ],
    };
    // Business day 2026-11-24 on the kiosk.
    const { call } = kiosks.start({
      dataDir: tempDir(),
      demo: true,
      district: { serverUrl: stub.url, kioskId: STUB_KIOSK_ID, secret: STUB_SECRET, keyProvider: staticKeyProvider(Buffer.alloc(32, 3)), heartbeatMs: 100 },
    });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    const deliveries = async () => valueOf(await call('getStatistics', { fromDay: '2026-11-23', toDay: '2026-11-24' })).deliveries;

    await vi.waitFor(async () =>
      expect(await deliveries()).toEqual([
        { businessDay: '2026-11-23', counts: counts({ delivered: 3, fell_back: 1, failed: 1, expired: 2 }) },
        { businessDay: '2026-11-24', counts: counts({ requested: 1, accepted: 2 }) },
      ]),
    );
    expect(valueOf(await call('getStatistics', {})).deliveries).toEqual([{ businessDay: '2026-11-24', counts: counts({ requested: 1, accepted: 2 }) }]);

    // The reports came in: the next heartbeat's count replaces today's; a server that answers 204 (older) changes nothing.
    stub.heartbeatAnswer = { deliveries: [{ businessDay: '2026-11-24', counts: counts({ delivered: 2, fell_back: 1 }) }] };
    await vi.waitFor(async () => expect((await deliveries())[1]).toEqual({ businessDay: '2026-11-24', counts: counts({ delivered: 2, fell_back: 1 }) }));
    stub.heartbeatAnswer = null;
    const beats = stub.heartbeats;
    await vi.waitFor(() => expect(stub.heartbeats).toBeGreaterThan(beats + 1));
    expect((await deliveries()).map((day) => day.businessDay)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('are written only when a heartbeat’s answer changed them: a repeated answer commits nothing', () => {
    const file = join(tempDir(), 'k.db');
    const db = openDatabase(file);
    // Another connection's data_version moves with every commit made on this one.
    const watcher = openDatabase(file);
    const commits = () => watcher.pragma('data_version', { simple: true }) as number;
    const answer = [
      { businessDay: '2026-11-23', counts: counts({ delivered: 3 }) },
      { businessDay: '2026-11-24', counts: counts({ accepted: 2 }) },
    ];
    const before = commits();
    expect(keepDistrictDeliveries(db, answer, '2026-11-24T01:00:00.000Z')).toBe(true);
    const afterFirst = commits();
    expect(afterFirst).not.toBe(before);

    expect(keepDistrictDeliveries(db, answer.map((day) => ({ ...day, counts: { ...day.counts } })), '2026-11-24T01:01:00.000Z')).toBe(false);
    expect(keepDistrictDeliveries(db, [], '2026-11-24T01:02:00.000Z')).toBe(false);
    expect(commits()).toBe(afterFirst);

    const changed = [answer[0], { businessDay: '2026-11-24', counts: counts({ accepted: 1, delivered: 1 }) }];
    expect(keepDistrictDeliveries(db, changed, '2026-11-24T01:03:00.000Z')).toBe(true);
    expect(commits()).not.toBe(afterFirst);
    expect(districtDeliveryRows(db).between('2026-11-01', '2026-11-30')).toEqual(changed);
    watcher.close();
    db.close();
  });

  it('finds the days whose counts changed among a month’s answer with a single read of the kept ones', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const december = Array.from({ length: 31 }, (_, i) => ({ businessDay: `2026-12-${String(i + 1).padStart(2, '0')}`, counts: counts({ delivered: i }) }));
    districtDeliveryRows(db).record(december.slice(0, 30), '2026-12-31T01:00:00.000Z');
    districtDeliveryRows(db).record([{ businessDay: '2026-11-30', counts: counts({ delivered: 9 }) }], '2026-12-31T01:00:00.000Z');
    const reads: string[] = [];
    // The same connection, with every statement prepared through it counting its reads.
    const counting = new Proxy(db, {
      get(target, property) {
        if (property !== 'prepare') return Reflect.get(target, property, target) as unknown;
        return (sql: string) => {
          const statement = target.prepare(sql);
          return new Proxy(statement, {
            get(inner, name) {
              const value = Reflect.get(inner, name, inner) as unknown;
              if (typeof value !== 'function') return value;
              return (...args: unknown[]) => {
                if (name === 'get' || name === 'all' || name === 'iterate') reads.push(sql);
                return (value as (...a: unknown[]) => unknown).apply(inner, args);
              };
            },
          });
        };
      },
    });
    const answer = [...december].reverse().map((day) => (day.businessDay === '2026-12-05' ? { ...day, counts: counts({ delivered: 4, failed: 1 }) } : day));
    expect(districtDeliveryRows(counting).changedFrom(answer).map((day) => day.businessDay)).toEqual(['2026-12-31', '2026-12-05']);
    expect(reads).toHaveLength(1);
    expect(districtDeliveryRows(counting).changedFrom([])).toEqual([]);
    expect(reads).toHaveLength(1);
    db.close();
  });

  it('are pruned with the office’s history', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const office = { ...demoOffice, historyDays: 2 };
    districtDeliveryRows(db).record(
      ['2026-11-20', '2026-11-22', '2026-11-24'].map((businessDay) => ({ businessDay, counts: counts({ delivered: 1 }) })),
      '2026-11-24T01:00:00.000Z',
    );
    expect(pruneHistory({ db, office: () => office, clock: settableClock('2026-11-24T01:00:00Z') }, { districtSends: true }).districtDeliveryDays).toBe(1);
    expect(districtDeliveryRows(db).between('2026-11-01', '2026-11-30').map((day) => day.businessDay)).toEqual(['2026-11-22', '2026-11-24']);
    db.close();
  });
});
