import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../nodeShared/logger';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { staticKeyProvider } from '../privacy/keyProviders';
import { startDistrictStub, STUB_KIOSK_ID, STUB_SECRET } from '../sync/testSupport/districtStub';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf, type TestKioskOptions } from '../testSupport/testKiosk';
import { DATABASE_FILE } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();

const MANAGER_PIN = '482916';
/** Stands in for the key main unseals from the OS keystore with Electron's safeStorage. */
const keystore = staticKeyProvider(Buffer.alloc(32, 21));

function quietLog() {
  return { debug: vi.fn<Logger['debug']>(), info: vi.fn<Logger['info']>(), warn: vi.fn<Logger['warn']>(), error: vi.fn<Logger['error']>() };
}

async function managerKiosk(options: Partial<TestKioskOptions> & { dataDir: string }) {
  const kiosk = kiosks.start({ initialOffice: testOffice, initialStaffPin: MANAGER_PIN, ...options });
  valueOf(await kiosk.call('unlockStaff', { pin: MANAGER_PIN }));
  return kiosk;
}

describe('the district link set on the kiosk', { timeout: 60_000 }, () => {
  it('seals the secret with the keystore key main hands over, links at once without a restart, and audits only that the secret changed', async () => {
    const stub = await startDistrictStub();
    try {
      const dataDir = tempDir();
      const { call } = await managerKiosk({ dataDir, keystore });
      expect(valueOf(await call('getDistrictSetting', {}))).toEqual({ setting: null, canSeal: true });
      expect(valueOf(await call('getOffice', {})).ticketKinds).toEqual(['paper']);

      // Checked at the boundary with the reason's key; the secret is asked for when there is none yet.
      expect(await call('saveDistrictSetting', { setting: { serverUrl: 'http://district.example.org', publicUrl: null, kioskId: STUB_KIOSK_ID }, secret: STUB_SECRET })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/https:\/\//) } });
      expect(await call('saveDistrictSetting', { setting: { serverUrl: stub.url, publicUrl: null, kioskId: 'kiosk.7' }, secret: STUB_SECRET })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(await call('saveDistrictSetting', { setting: { serverUrl: stub.url, publicUrl: null, kioskId: STUB_KIOSK_ID }, secret: null })).toMatchObject({ ok: false, error: { code: 'DISTRICT_REFUSED' } });

      const setting = { serverUrl: stub.url, publicUrl: null, kioskId: STUB_KIOSK_ID };
      expect(valueOf(await call('saveDistrictSetting', { setting, secret: STUB_SECRET }))).toEqual({ setting });
      expect(valueOf(await call('getOffice', {})).ticketKinds).toEqual(['paper', 'mobile']);
      expect(valueOf(await call('getDistrictSetting', {}))).toEqual({ setting, canSeal: true });
      // The link starts by sending the office's snapshot, and the sync worker authenticates with the secret it was given: the district accepts its batches.
      await vi.waitFor(() => expect(stub.received.length).toBeGreaterThan(0), { timeout: 20_000 });
      expect(stub.received[0].authorization).toBe(`Bearer ${STUB_KIOSK_ID}.${STUB_SECRET}`);

      const [entry] = valueOf(await call('getAuditLog', { limit: 1 })).entries;
      expect(entry).toMatchObject({ action: 'district-changed', actor: 'manager', detail: { secret: 'changed', changes: expect.arrayContaining([{ path: 'serverUrl', before: null, after: stub.url }]) } });
      const exported = valueOf(await call('exportAuditLog', {})).csv;
      expect(exported).toContain('district-changed');
      expect(exported).not.toContain(STUB_SECRET);
      // Neither the database nor its WAL holds the secret in the clear.
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
        expect(readFileSync(join(dataDir, file)).includes(Buffer.from(STUB_SECRET)), file).toBe(false);
      }
    } finally {
      await stub.close();
    }
  });

  it('disconnects on the manager\'s confirmed request: the link stops, the sealed secret is gone, audited, and IT\'s seed does not relink it after a restart', async () => {
    const stub = await startDistrictStub();
    try {
      const dataDir = tempDir();
      const setting = { serverUrl: stub.url, publicUrl: null, kioskId: STUB_KIOSK_ID };
      const first = await managerKiosk({ dataDir, keystore });
      valueOf(await first.call('saveDistrictSetting', { setting, secret: STUB_SECRET }));
      const sealedRow = () => first.core.queue.db.prepare("SELECT value FROM settings WHERE key = 'district'").pluck().get() as string;
      expect(sealedRow()).toContain('sealedSecret');

      expect(await first.call('disconnectDistrict', {} as never)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(valueOf(await first.call('disconnectDistrict', { confirm: true }))).toEqual({ disconnected: true });
      expect(sealedRow()).not.toContain('sealedSecret');
      expect(valueOf(await first.call('getDistrictSetting', {}))).toEqual({ setting: null, canSeal: true });
      expect(valueOf(await first.call('getOffice', {})).ticketKinds).toEqual(['paper']);
      const [entry] = valueOf(await first.call('getAuditLog', { limit: 1 })).entries;
      expect(entry).toMatchObject({ action: 'district-disconnected', actor: 'manager', detail: { serverUrl: stub.url, kioskId: STUB_KIOSK_ID } });
      expect(await first.call('disconnectDistrict', { confirm: true })).toMatchObject({ ok: false, error: { code: 'DISTRICT_NOT_LINKED' } });
      await kiosks.stop(first);

      const seed = { serverUrl: stub.url, kioskId: STUB_KIOSK_ID, secret: STUB_SECRET, keyProvider: keystore };
      const again = await managerKiosk({ dataDir, district: seed, log: quietLog() });
      expect(valueOf(await again.call('getDistrictSetting', {})).setting).toBeNull();
      expect(valueOf(await again.call('getOffice', {})).ticketKinds).toEqual(['paper']);
    } finally {
      await stub.close();
    }
  });

  it('lets only the manager disconnect', async () => {
    const kiosk = await managerKiosk({ dataDir: tempDir(), keystore });
    valueOf(await kiosk.call('setStaffPin', { role: 'clerk', pin: '735194' }));
    valueOf(await kiosk.call('unlockStaff', { pin: '735194' }));
    expect(await kiosk.call('disconnectDistrict', { confirm: true })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
  });

  it("wins over IT's environment after a restart, keeps the secret when only the address changes, and stays off under another keystore key", async () => {
    const stub = await startDistrictStub();
    try {
      const dataDir = tempDir();
      const setting = { serverUrl: stub.url, publicUrl: null, kioskId: STUB_KIOSK_ID };
      const first = await managerKiosk({ dataDir, keystore });
      valueOf(await first.call('saveDistrictSetting', { setting, secret: STUB_SECRET }));
      await kiosks.stop(first);

      // SUNBEON_DISTRICT_URL and the kiosk id IT gave name another server: the kiosk's own choice is used.
      const log = quietLog();
      const seed = { serverUrl: 'https://district.example.org', kioskId: 'kiosk-it', secret: 'it-secret', keyProvider: keystore };
      const again = await managerKiosk({ dataDir, district: seed, log });
      expect(valueOf(await again.call('getDistrictSetting', {})).setting).toEqual(setting);
      expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/set on the kiosk is used/));
      const publicUrl = 'https://status.example.org';
      const before = stub.received.length;
      valueOf(await again.call('saveDistrictSetting', { setting: { ...setting, publicUrl }, secret: null }));
      expect(valueOf(await again.call('getAuditLog', { limit: 1 })).entries[0].detail).toMatchObject({ secret: 'kept', changes: [{ path: 'publicUrl', before: null, after: publicUrl }] });
      // The new link starts with a snapshot, signed with the secret kept sealed.
      await vi.waitFor(() => expect(stub.received.length).toBeGreaterThan(before), { timeout: 20_000 });
      expect(stub.received.at(-1)!.authorization).toBe(`Bearer ${STUB_KIOSK_ID}.${STUB_SECRET}`);
      await kiosks.stop(again);

      // A copied data folder on another machine (another keystore key) cannot unseal the secret.
      const elsewhereLog = quietLog();
      const elsewhere = await managerKiosk({ dataDir, keystore: staticKeyProvider(Buffer.alloc(32, 22)), log: elsewhereLog });
      expect(valueOf(await elsewhere.call('getOffice', {})).ticketKinds).toEqual(['paper']);
      expect(elsewhereLog.error).toHaveBeenCalledWith(expect.stringMatching(/cannot be unsealed/));
    } finally {
      await stub.close();
    }
  });

  it('cannot be set on a machine without a keystore', async () => {
    const { call } = await managerKiosk({ dataDir: tempDir() });
    expect(valueOf(await call('getDistrictSetting', {}))).toEqual({ setting: null, canSeal: false });
    expect(await call('saveDistrictSetting', { setting: { serverUrl: 'https://district.example.org', publicUrl: null, kioskId: 'k1' }, secret: 'abc' })).toMatchObject({ ok: false, error: { code: 'NO_KEYSTORE' } });
  });
});
