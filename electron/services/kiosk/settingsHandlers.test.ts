import { describe, expect, it } from 'vitest';
import type { OfficeConfig, ServiceConfig } from '../../../shared/office';
import { issueTicket } from '../issuing/issueTicket';
import { callNext, setCounterState } from '../queue/calling';
import { liveEventsSince } from '../queue/liveEvents';
import { peopleAheadOf } from '../queue/tickets';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf, type TestKiosk } from '../testSupport/testKiosk';
import { boardState } from '../views/queueViews';
import { DEMO_STAFF_PIN } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();

async function managerKiosk(dataDir = tempDir()): Promise<TestKiosk> {
  const kiosk = kiosks.start({ dataDir, demo: true });
  valueOf(await kiosk.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
  return kiosk;
}

function issue({ core, clock }: TestKiosk, serviceId: string): string {
  return issueTicket(core.db, core.queue.office(), clock, { serviceId, kind: 'paper', language: 'ko' }).ticket.displayNumber;
}

async function settingsOf(kiosk: TestKiosk): Promise<OfficeConfig> {
  return valueOf(await kiosk.call('getOfficeSettings', {})).office;
}

function withService(office: OfficeConfig, serviceId: string, change: Partial<ServiceConfig>): OfficeConfig {
  return { ...office, services: office.services.map((s) => (s.id === serviceId ? { ...s, ...change } : s)) };
}

describe('office settings changed mid-day', { timeout: 30_000 }, () => {
  it('moves a number block and lowers a cap while tickets wait, without giving any number twice', async () => {
    const kiosk = await managerKiosk();
    const before = [issue(kiosk, 'passport'), issue(kiosk, 'passport'), issue(kiosk, 'passport')];
    expect(before).toEqual(['4001', '4002', '4003']);

    const office = withService(await settingsOf(kiosk), 'passport', { blockStart: 4500, blockEnd: 4999, dailyCap: 5 });
    expect(valueOf(await kiosk.call('saveOfficeSettings', { office }))).toMatchObject({ moved: 0 });

    const after = [issue(kiosk, 'passport'), issue(kiosk, 'passport')];
    expect(after).toEqual(['4500', '4501']);
    expect(() => issue(kiosk, 'passport')).toThrow(/daily cap of 5/);
    expect(new Set([...before, ...after]).size).toBe(5);
    // The three who waited before the change still wait, in their order.
    expect(valueOf(await kiosk.call('getOfficeSettings', {})).waiting).toMatchObject({ passport: 5 });
  });

  it("continues after the service's own numbers when the new block holds some of them", async () => {
    const kiosk = await managerKiosk();
    issue(kiosk, 'passport');
    issue(kiosk, 'passport');
    issue(kiosk, 'passport');
    valueOf(await kiosk.call('saveOfficeSettings', { office: withService(await settingsOf(kiosk), 'passport', { blockStart: 4002, blockEnd: 4010 }) }));
    expect([issue(kiosk, 'passport'), issue(kiosk, 'passport')]).toEqual(['4004', '4005']);

    const usedUp = withService(await settingsOf(kiosk), 'passport', { blockStart: 4001, blockEnd: 4005 });
    expect(await kiosk.call('saveOfficeSettings', { office: usedUp })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', fieldPath: 'services.3.blockEnd', settingsProblem: { kind: 'block-used-up-today' } },
    });
  });

  it("refuses a block holding numbers another service gave out today, naming them", async () => {
    const kiosk = await managerKiosk();
    issue(kiosk, 'resident-registration');
    issue(kiosk, 'resident-registration');
    valueOf(await kiosk.call('saveOfficeSettings', { office: withService(await settingsOf(kiosk), 'resident-registration', { blockStart: 7001, blockEnd: 7999 }) }));
    expect(issue(kiosk, 'resident-registration')).toBe('7001');

    const intoOldNumbers = withService(await settingsOf(kiosk), 'seal-certificate', { blockStart: 1001, blockEnd: 1999 });
    expect(await kiosk.call('saveOfficeSettings', { office: intoOldNumbers })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', fieldPath: 'services.2.blockStart', settingsProblem: { kind: 'numbers-of-another-service', numbers: '1001, 1002', serviceName: '주민등록 등·초본' } },
    });
    expect(issue(kiosk, 'seal-certificate')).toBe('3001');
  });

  it('asks what happens to people waiting for a removed service: moved in their order, or served first', async () => {
    const kiosk = await managerKiosk();
    const family = [issue(kiosk, 'family-relations'), issue(kiosk, 'family-relations')];
    issue(kiosk, 'resident-registration');
    const office = await settingsOf(kiosk);
    const withoutFamily: OfficeConfig = {
      ...office,
      services: office.services.filter((s) => s.id !== 'family-relations'),
      counters: office.counters.map((c) => ({ ...c, serviceIds: c.serviceIds.filter((id) => id !== 'family-relations') })),
    };
    expect(await kiosk.call('saveOfficeSettings', { office: withoutFamily })).toMatchObject({
      ok: false,
      error: { code: 'WAITING_DECISION_NEEDED', waitingDecisions: [{ serviceId: 'family-relations', waiting: 2 }] },
    });
    expect(await kiosk.call('saveOfficeSettings', { office: withoutFamily, waitingPlans: { 'family-relations': { kind: 'move', toServiceId: 'family-relations' } } })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', settingsProblem: { kind: 'move-target' } },
    });

    const { moved } = valueOf(await kiosk.call('saveOfficeSettings', { office: withoutFamily, waitingPlans: { 'family-relations': { kind: 'move', toServiceId: 'resident-registration' } } }));
    expect(moved).toBe(2);
    const waiting = valueOf(await kiosk.call('getOfficeSettings', {})).waiting;
    expect(waiting).toEqual({ 'resident-registration': 3 });
    // Moved by issue time: the two family tickets came first and stay ahead of 1001.
    setCounterState(kiosk.core.queue, 'counter-1', 'open');
    expect([callNext(kiosk.core.queue, 'counter-1').displayNumber, callNext(kiosk.core.queue, 'counter-1').displayNumber]).toEqual(family);
    // Counter pages and boards hear of the move and of the new settings, and reload.
    const types = liveEventsSince(kiosk.core.db, 0).map((e) => e.type);
    expect(types.filter((t) => t === 'ticket.transferred')).toHaveLength(2);
    expect(types.indexOf('office.changed')).toBeGreaterThan(types.lastIndexOf('ticket.transferred'));
  });

  it('serves the line of a removed service first: it stays on its counters, turned off, and issues nothing more', async () => {
    const kiosk = await managerKiosk();
    const waitingNumber = issue(kiosk, 'passport');
    const office = await settingsOf(kiosk);
    const withoutPassport: OfficeConfig = {
      ...office,
      services: office.services.filter((s) => s.id !== 'passport'),
      counters: office.counters.map((c) => ({ ...c, serviceIds: c.serviceIds.filter((id) => id !== 'passport') })).filter((c) => c.serviceIds.length > 0),
    };
    // Counter 3 served passports only: without it nobody would serve the one waiting.
    expect(await kiosk.call('saveOfficeSettings', { office: withoutPassport, waitingPlans: { passport: { kind: 'serve' } } })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', settingsProblem: { kind: 'nobody-serves-waiting', waiting: 1 } },
    });
    const keepCounter3: OfficeConfig = { ...withoutPassport, counters: [...withoutPassport.counters, { id: 'counter-3', number: 3, serviceIds: ['resident-registration'] }] };
    valueOf(await kiosk.call('saveOfficeSettings', { office: keepCounter3, waitingPlans: { passport: { kind: 'serve' } } }));

    const now = await settingsOf(kiosk);
    expect(now.services.find((s) => s.id === 'passport')).toMatchObject({ enabled: false });
    expect(now.counters.find((c) => c.id === 'counter-3')?.serviceIds).toEqual(['resident-registration', 'passport']);
    expect(valueOf(await kiosk.call('getOffice', {})).services.map((s) => s.id)).not.toContain('passport');
    expect(() => issue(kiosk, 'passport')).toThrow(/turned off/);
    setCounterState(kiosk.core.queue, 'counter-3', 'open');
    expect(callNext(kiosk.core.queue, 'counter-3').displayNumber).toBe(waitingNumber);
  });

  it('turning a service off with people waiting asks too', async () => {
    const kiosk = await managerKiosk();
    issue(kiosk, 'seal-certificate');
    const off = withService(await settingsOf(kiosk), 'seal-certificate', { enabled: false });
    expect(await kiosk.call('saveOfficeSettings', { office: off })).toMatchObject({ ok: false, error: { code: 'WAITING_DECISION_NEEDED' } });
    valueOf(await kiosk.call('saveOfficeSettings', { office: off, waitingPlans: { 'seal-certificate': { kind: 'serve' } } }));
    expect(valueOf(await kiosk.call('getOfficeSettings', {})).waiting).toEqual({ 'seal-certificate': 1 });
  });

  it('refuses removing a counter that is serving a number, and a start hour that would move today', async () => {
    const kiosk = await managerKiosk();
    issue(kiosk, 'passport');
    setCounterState(kiosk.core.queue, 'counter-3', 'open');
    callNext(kiosk.core.queue, 'counter-3');
    const office = await settingsOf(kiosk);
    const noCounter3 = { ...office, counters: office.counters.filter((c) => c.id !== 'counter-3') };
    expect(await kiosk.call('saveOfficeSettings', { office: noCounter3 })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', fieldPath: 'counters', settingsProblem: { kind: 'counter-serving', counterNumber: 3, numbers: '4001' } },
    });
    // 10:00 Seoul: a day starting at 11:00 would make it still yesterday.
    expect(await kiosk.call('saveOfficeSettings', { office: { ...office, businessDayStartHour: 11 } })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS_REFUSED', fieldPath: 'businessDayStartHour', settingsProblem: { kind: 'day-start-moves-today' } },
    });
    valueOf(await kiosk.call('saveOfficeSettings', { office: { ...office, businessDayStartHour: 5 } }));
  });

  it('names the field of an invalid change and lets only the manager change settings', async () => {
    const kiosk = await managerKiosk();
    const office = await settingsOf(kiosk);
    const overlapping = withService(office, 'passport', { blockStart: 3500, blockEnd: 4999 });
    expect(await kiosk.call('saveOfficeSettings', { office: overlapping })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/overlaps/) } });

    valueOf(await kiosk.call('setStaffPin', { role: 'clerk', pin: '730584' }));
    valueOf(await kiosk.call('lockStaff', {}));
    valueOf(await kiosk.call('unlockStaff', { pin: '730584' }));
    expect(await kiosk.call('getOfficeSettings', {})).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    expect(await kiosk.call('saveOfficeSettings', { office })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
  });
});

describe('settings versions, export and import', { timeout: 30_000 }, () => {
  it('lists versions, restores the previous one, and audits each change with before and after', async () => {
    const kiosk = await managerKiosk();
    const first = await settingsOf(kiosk);
    expect(valueOf(await kiosk.call('listOfficeVersions', {})).versions).toMatchObject([{ version: 1, reason: 'setup', actor: 'kiosk' }]);

    valueOf(await kiosk.call('saveOfficeSettings', { office: withService(first, 'passport', { dailyCap: 120 }) }));
    expect(valueOf(await kiosk.call('listOfficeVersions', {})).versions.map((v) => [v.version, v.reason])).toEqual([
      [2, 'change'],
      [1, 'setup'],
    ]);
    expect(valueOf(await kiosk.call('restoreOfficeVersion', { version: 1 }))).toEqual({ version: 3, moved: 0 });
    expect(await settingsOf(kiosk)).toEqual(first);
    expect(valueOf(await kiosk.call('listOfficeVersions', {})).versions[0]).toMatchObject({ version: 3, reason: 'restore', restoredFrom: 1, actor: 'manager' });
    expect(await kiosk.call('restoreOfficeVersion', { version: 9 })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_VERSION' } });

    const audit = valueOf(await kiosk.call('getAuditLog', { limit: 10 })).entries;
    expect(audit.find((e) => e.action === 'settings-changed')?.detail).toMatchObject({ version: 2, changes: [{ path: 'services.3.dailyCap', before: 300, after: 120 }] });
    expect(audit.find((e) => e.action === 'settings-restored')?.detail).toMatchObject({ version: 3, restoredFrom: 1, changes: [{ path: 'services.3.dailyCap', before: 120, after: 300 }] });
  });

  it('saves the consent wording and the boards’ sound as versions: the kiosk and the boards use them at once, a restore brings the standard back', async () => {
    const kiosk = await managerKiosk();
    const first = await settingsOf(kiosk);
    expect(valueOf(await kiosk.call('getOffice', {})).consentText).toBeNull();
    expect(boardState(kiosk.core.queue).sound).toEqual({ on: true, volumePercent: 100 });

    const consentText = {
      purpose: { ko: '순번 알림 발송(순번구청 민원과)', en: 'Turn messages (Sunbeon-gu civil affairs)' },
      retention: { ko: '당일 업무 종료 시 파기', en: 'Destroyed when the day ends' },
    };
    expect(await kiosk.call('saveOfficeSettings', { office: { ...first, boardSound: { on: true, volumePercent: 140 } } })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await kiosk.call('saveOfficeSettings', { office: { ...first, consentText: { ...consentText, purpose: { ko: '', en: 'x' } } } })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    valueOf(await kiosk.call('saveOfficeSettings', { office: { ...first, consentText, boardSound: { on: false, volumePercent: 40 } } }));
    expect(valueOf(await kiosk.call('getOffice', {})).consentText).toEqual(consentText);
    expect(boardState(kiosk.core.queue).sound).toEqual({ on: false, volumePercent: 40 });

    const audit = valueOf(await kiosk.call('getAuditLog', { limit: 10 })).entries;
    expect(audit.find((e) => e.action === 'settings-changed')?.detail).toMatchObject({
      changes: expect.arrayContaining([
        { path: 'consentText', before: null, after: consentText },
        { path: 'boardSound', before: null, after: { on: false, volumePercent: 40 } },
      ]),
    });
    valueOf(await kiosk.call('restoreOfficeVersion', { version: 1 }));
    expect(valueOf(await kiosk.call('getOffice', {})).consentText).toBeNull();
    expect(boardState(kiosk.core.queue).sound).toEqual({ on: true, volumePercent: 100 });
  });

  it("imports another kiosk's export into a fresh kiosk, and refuses a changed or foreign file", async () => {
    const source = await managerKiosk();
    const edited = withService(await settingsOf(source), 'passport', { dailyCap: 77, name: { ko: '여권 발급', en: 'Passports', zh: '护照办理', vi: 'Cấp hộ chiếu' } });
    valueOf(await source.call('saveOfficeSettings', { office: edited }));
    const { text, fileName } = valueOf(await source.call('exportOfficeSettings', {}));
    expect(fileName).toBe('sunbeon-settings-2026-11-24.json');
    expect(text).not.toMatch(/pin|secret|token/i);
    expect(valueOf(await source.call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'settings-exported' });

    const second = await managerKiosk();
    const tampered = text.replace('"dailyCap": 77', '"dailyCap": 9999');
    expect(tampered).not.toBe(text);
    expect(await second.call('importOfficeSettings', { text: tampered })).toMatchObject({ ok: false, error: { code: 'SETTINGS_FILE_REFUSED', settingsFileProblem: 'changed-after-export' } });
    expect(await second.call('importOfficeSettings', { text: '{"officeName": 1}' })).toMatchObject({ ok: false, error: { code: 'SETTINGS_FILE_REFUSED', settingsFileProblem: 'not-settings-file' } });
    expect(await second.call('importOfficeSettings', { text: 'PK\u0003\u0004' })).toMatchObject({ ok: false, error: { code: 'SETTINGS_FILE_REFUSED' } });
    expect(await settingsOf(second)).not.toEqual(edited);

    // Keys in another order are the same content: still accepted.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).reverse()));
    expect(valueOf(await second.call('importOfficeSettings', { text: reordered }))).toEqual({ version: 2, moved: 0 });
    expect(await settingsOf(second)).toEqual(edited);
    expect(valueOf(await second.call('getAuditLog', { limit: 5 })).entries[0]).toMatchObject({ action: 'settings-imported', detail: { version: 2 } });
  });
});

describe('people ahead after a move', () => {
  it('keeps each moved ticket behind the ones issued before it', async () => {
    const kiosk = await managerKiosk();
    issue(kiosk, 'resident-registration');
    const moved = issueTicket(kiosk.core.db, kiosk.core.queue.office(), kiosk.clock, { serviceId: 'seal-certificate', kind: 'paper', language: 'ko' }).ticket.id;
    issue(kiosk, 'resident-registration');
    const office = withService(await settingsOf(kiosk), 'seal-certificate', { enabled: false });
    valueOf(await kiosk.call('saveOfficeSettings', { office, waitingPlans: { 'seal-certificate': { kind: 'move', toServiceId: 'resident-registration' } } }));
    expect(peopleAheadOf(kiosk.core.db, moved)).toBe(1);
  });
});
