import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FOLDER, openLogFiles } from '../../../nodeShared/logFiles';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';
import { newOfficeTemplate } from '../../../shared/commonServices';
import type { OfficeConfig } from '../../../shared/office';
import { startVirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { DEMO_STAFF_PIN } from './kioskCore';
import { LOG_MANIFEST } from './logBundle';
import { PIN_LOCKOUT } from './staffSession';
import { lockoutMs } from '../staff/growingLockout';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();

const office: OfficeConfig = { ...newOfficeTemplate, officeName: { ko: '종로구청 민원실', en: 'Jongno-gu Office' } };
const MANAGER_PIN = '482916';
const CLERK_PIN = '730584';

describe('first run', { timeout: 60_000 }, () => {
  it('asks for setup on an empty kiosk without the demo, and issues nothing until it is done', async () => {
    const { call } = kiosks.start({ dataDir: tempDir() });
    expect(await call('getSetupStatus', {})).toMatchObject({ ok: true, value: { needed: true, managerPinSet: false, draft: newOfficeTemplate } });
    expect(await call('getOffice', {})).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
    expect(await call('issueTicket', { serviceId: 'passport', kind: 'paper', language: 'ko' })).toMatchObject({ ok: false });
    // The demo PIN opens nothing on a real kiosk.
    expect(await call('unlockStaff', { pin: '0000' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });

    for (const pin of ['123456', '000000', '98765', '12a456']) {
      expect(await call('completeSetup', { office, managerPin: pin })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await call('completeSetup', { office })).toMatchObject({ ok: false, error: { code: 'PIN_REFUSED' } });
    const nameless = { ...office, officeName: { ko: '', en: '' } };
    expect(await call('completeSetup', { office: nameless, managerPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/officeName/) } });

    expect(await call('completeSetup', { office, managerPin: MANAGER_PIN })).toEqual({ ok: true, value: { done: true } });
    expect(valueOf(await call('getOffice', {})).officeName).toEqual(office.officeName);
    expect(await call('getSetupStatus', {})).toMatchObject({ ok: true, value: { needed: false } });
    expect(await call('completeSetup', { office, managerPin: '135792' })).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
    expect(await call('unlockStaff', { pin: MANAGER_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'manager' } });
  });

  it("seeds the office and manager PIN from district IT's settings once, never over later changes", async () => {
    const dataDir = tempDir();
    const first = kiosks.start({ dataDir, initialOffice: testOffice, initialStaffPin: MANAGER_PIN });
    expect(await first.call('getSetupStatus', {})).toMatchObject({ ok: true, value: { needed: false } });
    await first.call('unlockStaff', { pin: MANAGER_PIN });
    expect(await first.call('setStaffPin', { role: 'manager', pin: '915372' })).toEqual({ ok: true, value: { changed: true } });
    await kiosks.stop(first);

    const again = kiosks.start({ dataDir, initialOffice: office, initialStaffPin: MANAGER_PIN });
    expect(await again.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await again.call('unlockStaff', { pin: '915372' })).toMatchObject({ ok: true });
    expect(valueOf(await again.call('getOffice', {})).officeName).toEqual(testOffice.officeName);
  });

  it('refuses a trivial seeded PIN at start', () => {
    expect(() => kiosks.start({ dataDir: tempDir(), initialStaffPin: '111111' })).toThrow(/SUNBEON_STAFF_PIN is refused \(trivial\)/);
  });

  it('prints a test page during setup and says what the printer answered', async () => {
    const printer = await startVirtualPrinter({ port: 0 });
    try {
      const { call } = kiosks.start({ dataDir: tempDir(), printerPort: printer.port });
      expect(await call('testPrint', {})).toEqual({ ok: true, value: { status: { state: 'ready', paperNearEnd: false }, print: { status: 'printed' } } });
      expect(printer.lastJob()?.text).toContain('순번 시험 인쇄');
      printer.setFault('paper-out');
      expect(await call('testPrint', {})).toMatchObject({ ok: true, value: { status: { state: 'paper-out' }, print: null } });
    } finally {
      await printer.stop();
    }
  });

  it('cuts off a ticket interrupted mid-print before the test print, so the two never come out joined', async () => {
    const printer = await startVirtualPrinter({ port: 0 });
    try {
      const { call } = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true });
      printer.setFault('paper-out', { afterJobBytes: 150 });
      const { ticket, print } = valueOf(await call('issueTicket', { serviceId: 'passport', kind: 'paper', language: 'ko' }));
      expect(print).toMatchObject({ status: 'uncertain' });
      printer.setFault(null);
      await call('unlockStaff', { pin: DEMO_STAFF_PIN });
      expect(await call('testPrint', {})).toMatchObject({ ok: true, value: { print: { status: 'printed' } } });
      const [fragment, testPage] = printer.jobs.slice(-2);
      expect(fragment.text).toContain(ticket.displayNumber);
      expect(fragment.text).not.toContain('순번 시험 인쇄');
      expect(testPage.text).toContain('순번 시험 인쇄');
      expect(testPage.text).not.toContain(ticket.displayNumber);
    } finally {
      await printer.stop();
    }
  });
});

// Every PIN tried costs one or two deliberately slow hashes.
describe('roles, PINs and lockout', { timeout: 90_000 }, () => {
  async function setUp() {
    const dataDir = tempDir();
    const kiosk = kiosks.start({ dataDir, initialOffice: office, initialStaffPin: MANAGER_PIN });
    await kiosk.call('unlockStaff', { pin: MANAGER_PIN });
    valueOf(await kiosk.call('setStaffPin', { role: 'clerk', pin: CLERK_PIN }));
    await kiosk.call('lockStaff', {});
    return { ...kiosk, dataDir };
  }

  it('gives the clerk the desk and pairing, and keeps the rest for the manager', async () => {
    const { call } = await setUp();
    expect(await call('unlockStaff', { pin: CLERK_PIN })).toEqual({ ok: true, value: { unlocked: true, role: 'clerk' } });
    expect(await call('getStaffOverview', {})).toMatchObject({ ok: true, value: { role: 'clerk', clerkPinSet: true } });
    expect(await call('getAuditLog', { limit: 10 })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    expect(await call('setStaffPin', { role: 'clerk', pin: '864209' })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    await call('lockStaff', {});
    await call('unlockStaff', { pin: MANAGER_PIN });
    expect(await call('setStaffPin', { role: 'clerk', pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'PIN_REFUSED', pinProblem: 'in-use' } });
  });

  it('locks out with growing delays that survive a restart, and shows the failed attempts', async () => {
    const first = await setUp();
    for (let i = 0; i < 5; i += 1) expect(await first.call('unlockStaff', { pin: '555123' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await first.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 } });
    const lockedAt = first.clock.now();
    await kiosks.stop(first);

    // A restart does not reset the count: still locked, and the next wrong PIN doubles the wait.
    const second = kiosks.start({ dataDir: first.dataDir, clock: first.clock });
    expect(await second.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    second.clock.set(lockedAt + 61_000);
    expect(await second.call('unlockStaff', { pin: '555123' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await second.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 120 } });
    second.clock.set(second.clock.now() + 121_000);
    expect(await second.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: true, value: { role: 'manager' } });
    const overview = valueOf(await second.call('getStaffOverview', {}));
    expect(overview.recentFailedUnlocks.map((f) => f.consecutiveFailures)).toEqual([6, 5, 4, 3, 2, 1]);
    // A right PIN resets the count.
    await second.call('lockStaff', {});
    expect(await second.call('unlockStaff', { pin: '555123' })).toMatchObject({ ok: false, error: { code: 'STAFF_PIN_WRONG' } });
    expect(await second.call('unlockStaff', { pin: MANAGER_PIN })).toMatchObject({ ok: true });
  });

  it('doubles the lockout up to an hour', () => {
    expect([4, 5, 6, 7, 10, 20].map((failures) => lockoutMs(failures, PIN_LOCKOUT))).toEqual([0, 60_000, 120_000, 240_000, 1_920_000, 3_600_000]);
  });
});

describe('audit log', { timeout: 60_000 }, () => {
  it('records each staff action without PINs, refuses edits, and exports CSV for Excel', async () => {
    const kiosk = kiosks.start({ dataDir: tempDir() });
    const { call, core } = kiosk;
    await call('completeSetup', { office, managerPin: MANAGER_PIN });
    await call('unlockStaff', { pin: '555123' });
    await call('unlockStaff', { pin: MANAGER_PIN });
    await call('setStaffPin', { role: 'clerk', pin: CLERK_PIN });
    await call('testPrint', {});

    const { entries } = valueOf(await call('getAuditLog', { limit: 50 }));
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['manager', 'test-print'],
      ['manager', 'pin-changed'],
      ['manager', 'unlock'],
      ['kiosk', 'unlock-failed'],
      ['kiosk', 'setup-completed'],
    ]);
    expect(entries[1].detail).toEqual({ role: 'clerk' });
    const everything = JSON.stringify(entries);
    for (const pin of [MANAGER_PIN, CLERK_PIN, '555123']) expect(everything).not.toContain(pin);

    expect(() => core.db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(() => core.db.exec(`UPDATE audit_log SET actor = 'kiosk'`)).toThrow(/append-only/);

    const { fileName, csv } = valueOf(await call('exportAuditLog', {}));
    expect(fileName).toMatch(/^sunbeon-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFFposition,at,actor,action,detail\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^1,[^,]+,kiosk,setup-completed,"\{""services"":/);
    expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'audit-exported', detail: { entries: 5 } });
  });
});

describe('log export', { timeout: 60_000 }, () => {
  it('saves every log file and a manifest into the folder the manager picks, phone numbers masked, audited; clerks are never asked', async () => {
    const dataDir = tempDir();
    const stick = tempDir();
    const logDir = join(dataDir, LOG_FOLDER);
    const files = await openLogFiles('sunbeon', logDir);
    const picked: Array<string | null> = [];
    let answer: string | null = stick;
    const chooseExportFolder = async () => {
      picked.push(answer);
      return answer;
    };
    try {
      const { call } = kiosks.start({ dataDir, log: files.log, logDir, chooseExportFolder, appVersion: '1.4.2' });
      await call('completeSetup', { office, managerPin: MANAGER_PIN });
      await call('unlockStaff', { pin: MANAGER_PIN });
      await call('setStaffPin', { role: 'clerk', pin: CLERK_PIN });
      files.log.error(`a service wrote ${phoneOf('010', '3141', '5926')} where it should not`);
      // A file main wrote, with a number that reached it unmasked (an older version, a hand edit).
      writeFileSync(join(logDir, 'sunbeon-main.2026-11-24.1.log'), `{"level":"error","time":"2026-11-24T00:00:00.000Z","msg":"old line ${phoneOf('010', '2718', '2818')}"}\n`);

      const saved = valueOf(await call('exportLogs', {}));
      if (saved.outcome !== 'saved') throw new Error(`expected a saved export, got ${saved.outcome}`);
      expect(dirname(saved.folder)).toBe(stick);
      expect(basename(saved.folder)).toMatch(/^sunbeon-logs-\d{8}-\d{6}$/);
      const manifest = JSON.parse(readFileSync(join(saved.folder, LOG_MANIFEST), 'utf8')) as { appVersion: string; files: Array<{ name: string; bytes: number; sha256: string }> };
      expect(manifest.appVersion).toBe('1.4.2');
      expect(manifest.files.map((f) => f.name)).toEqual([...readdirSync(logDir)].filter((name) => name.endsWith('.log')).sort());
      expect(saved).toMatchObject({ files: 2, bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0) });
      const copied = manifest.files.map((f) => readFileSync(join(saved.folder, f.name)));
      manifest.files.forEach((f, i) => expect(createHash('sha256').update(copied[i]!).digest('hex')).toBe(f.sha256));
      const text = copied.map(String).join('');
      expect(text).toContain('a service wrote 010-****-5926 where it should not');
      expect(text).toContain('old line 010-****-2818');
      expect(text).not.toMatch(/3141|2718/);
      expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'logs-exported', detail: { files: 2 } });
      // The staff screen's recent errors read the same files, newest first.
      expect(valueOf(await call('getStaffOverview', {})).recentErrors.map((e) => e.message)).toEqual(['a service wrote 010-****-5926 where it should not', 'old line 010-****-2818']);

      answer = null;
      expect(valueOf(await call('exportLogs', {}))).toEqual({ outcome: 'cancelled' });
      // A write-protected or full stick: said plainly, nothing half-claimed.
      answer = join(dataDir, 'sunbeon.db');
      expect(await call('exportLogs', {})).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED' } });
      expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]?.action).toBe('logs-exported');

      await call('lockStaff', {});
      await call('unlockStaff', { pin: CLERK_PIN });
      const askedBefore = picked.length;
      expect(await call('exportLogs', {})).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
      expect(picked).toHaveLength(askedBefore);
    } finally {
      files.close();
    }
  });
});
