import { describe, expect, it, vi } from 'vitest';
import type { KioskApi, OfficeOverview, StaffOverview } from '../../../shared/ipc/contract';
import { createFlowStore } from './flowStore';
import { issuedTicket, madeUpPhone, officeOverview } from './testFixtures';

const office = officeOverview([
  { id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 2, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 }, closedForToday: false, notOpen: null },
]);
const ticket = issuedTicket(office.services[0]!, { displayNumber: '3001', peopleAhead: 2, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 } });

const unusedHere = vi.fn(async () => ({ ok: false as const, error: { code: 'STAFF_LOCKED' as const, message: 'not used here' } }));
const apiUnusedHere = {
  unlockStaff: unusedHere,
  lockStaff: unusedHere,
  getStaffOverview: unusedHere,
  setLanServer: unusedHere,
  createPairingCode: unusedHere,
  revokeCounter: unusedHere,
  liftLanLockout: unusedHere,
  issueMobileTicket: unusedHere,
  printMobileCopy: unusedHere,
  getSetupStatus: unusedHere,
  completeSetup: unusedHere,
  testPrint: unusedHere,
  getPrinterSetting: unusedHere,
  savePrinterSetting: unusedHere,
  getDistrictSetting: unusedHere,
  saveDistrictSetting: unusedHere,
  setStaffPin: unusedHere,
  getAuditLog: unusedHere,
  exportAuditLog: unusedHere,
  exportLogs: unusedHere,
  getStatistics: unusedHere,
  exportStatistics: unusedHere,
  confirmClock: unusedHere,
  getOfficeSettings: unusedHere,
  saveOfficeSettings: unusedHere,
  listOfficeVersions: unusedHere,
  restoreOfficeVersion: unusedHere,
  exportOfficeSettings: unusedHere,
  importOfficeSettings: unusedHere,
  getTicketDesk: unusedHere,
  reprintAtDesk: unusedHere,
  cancelAtDesk: unusedHere,
  moveTicket: unusedHere,
  issuePriorityTicket: unusedHere,
  closeDay: unusedHere,
  reopenDay: unusedHere,
  getOfficeAlerts: unusedHere,
  disconnectDistrict: unusedHere,
};

function fakeApi(overrides: Partial<KioskApi> = {}): KioskApi {
  return {
    getOffice: vi.fn(async () => ({ ok: true as const, value: office })),
    getPrinterStatus: vi.fn(async () => ({ ok: true as const, value: { state: 'ready' as const, paperNearEnd: false } })),
    issueTicket: vi.fn(async () => ({ ok: true as const, value: { ticket, print: { status: 'printed' as const } } })),
    reprintTicket: vi.fn(async () => ({ ok: true as const, value: { status: 'printed' as const } })),
    cancelTicket: vi.fn(async () => ({ ok: true as const, value: { cancelled: true as const } })),
    resolvePrint: vi.fn(async ({ cameOut }: { cameOut: boolean }) => ({ ok: true as const, value: { printState: cameOut ? ('printed' as const) : ('failed' as const) } })),
    ...apiUnusedHere,
    ...overrides,
  };
}

describe('flow store', () => {
  const paperOrMobile: OfficeOverview = { ...office, ticketKinds: ['paper', 'mobile'] };

  it('issues a paper ticket in the chosen language', async () => {
    const api = fakeApi({ getOffice: vi.fn(async () => ({ ok: true as const, value: paperOrMobile })) });
    const store = createFlowStore(() => api);
    await store.getState().begin('en');
    await store.getState().chooseService('passport');
    expect(store.getState().state).toMatchObject({ name: 'chooseTicket', printer: { status: 'ready' } });
    expect(api.issueTicket).not.toHaveBeenCalled();
    await store.getState().choosePaper();
    expect(api.issueTicket).toHaveBeenCalledWith({ serviceId: 'passport', kind: 'paper', language: 'en' });
    expect(store.getState().state).toEqual({ name: 'done', language: 'en', ticket });
    expect(store.getState().officeName).toEqual(office.officeName);
  });

  it('skips the one-choice ticket-type screen of a paper-only office: the service prints once the printer is ready', async () => {
    const api = fakeApi();
    const store = createFlowStore(() => api);
    const seen: string[] = [];
    store.subscribe(({ state }, before) => {
      if (state !== before.state) seen.push(state.name === 'chooseTicket' ? `chooseTicket:${state.printer.status}` : state.name);
    });
    await store.getState().begin('ko');
    await store.getState().chooseService('passport');
    expect(api.issueTicket).toHaveBeenCalledTimes(1);
    expect(api.issueTicket).toHaveBeenCalledWith({ serviceId: 'passport', kind: 'paper', language: 'ko' });
    expect(store.getState().state).toEqual({ name: 'done', language: 'ko', ticket });
    expect(seen).toEqual(['loadingOffice', 'chooseService', 'chooseTicket:checking', 'chooseTicket:ready', 'printing', 'done']);
  });

  it('keeps a paper-only office on the printer notice when the printer is not ready, issuing nothing', async () => {
    const api = fakeApi({ getPrinterStatus: vi.fn(async () => ({ ok: true as const, value: { state: 'paper-out' as const, paperNearEnd: false } })) });
    const store = createFlowStore(() => api);
    await store.getState().begin('ko');
    await store.getState().chooseService('passport');
    expect(store.getState().state).toMatchObject({ name: 'chooseTicket', printer: { status: 'unavailable', problem: 'paper-out' } });
    expect(api.issueTicket).not.toHaveBeenCalled();
  });

  it('issues only once on a double tap', async () => {
    const api = fakeApi({ getOffice: vi.fn(async () => ({ ok: true as const, value: paperOrMobile })) });
    const store = createFlowStore(() => api);
    await store.getState().begin('ko');
    await store.getState().chooseService('passport');
    await Promise.all([store.getState().choosePaper(), store.getState().choosePaper()]);
    expect(api.issueTicket).toHaveBeenCalledTimes(1);
  });

  it('drops an answer that arrives after the resident went back to start', async () => {
    let answer: (value: Awaited<ReturnType<KioskApi['getOffice']>>) => void = () => {};
    const api = fakeApi({ getOffice: () => new Promise((resolve) => (answer = resolve)) });
    const store = createFlowStore(() => api);
    const loading = store.getState().begin('en');
    store.getState().reset();
    answer({ ok: true, value: office });
    await loading;
    expect(store.getState().state).toEqual({ name: 'start', language: 'ko' });
  });

  it('turns a missing bridge or a rejected call into the generic error, not a crash', async () => {
    const store = createFlowStore(() => {
      throw new Error('no bridge');
    });
    await store.getState().begin('ko');
    expect(store.getState().state).toEqual({ name: 'error', language: 'ko', reason: { kind: 'generic' } });
  });

  it('reprints and cancels the ticket it issued', async () => {
    const api = fakeApi({
      issueTicket: vi.fn(async () => ({ ok: true as const, value: { ticket, print: { status: 'failed' as const, reason: 'paper-out' as const } } })),
      reprintTicket: vi.fn(async () => ({ ok: true as const, value: { status: 'failed' as const, reason: 'paper-out' as const } })),
    });
    const store = createFlowStore(() => api);
    await store.getState().begin('ko');
    await store.getState().chooseService('passport');
    await store.getState().choosePaper();
    expect(store.getState().state).toMatchObject({ name: 'printFailed', ticket });
    await store.getState().reprint();
    expect(api.reprintTicket).toHaveBeenCalledWith({ ticketId: ticket.id });
    expect(store.getState().state).toMatchObject({ name: 'printFailed', notice: 'reprint-failed' });
    await store.getState().cancel();
    expect(api.cancelTicket).toHaveBeenCalledWith({ ticketId: ticket.id });
    expect(store.getState().state).toEqual({ name: 'cancelled', language: 'ko', ticket });
  });
});

describe('flow store, staff screens', () => {
  const overview: StaffOverview = {
    role: 'manager',
    clerkPinSet: false,
    recentFailedUnlocks: [],
    refusedPairings: { consecutiveFailures: 0, lastAt: null, lastSource: null, lockedUntil: null },
    refusedManagerPagePins: { consecutiveFailures: 0, lastAt: null, lastSource: null, lockedUntil: null },
    lan: { enabled: false, running: false, counterPageUrls: [], boardUrls: [], managerPageUrls: [] },
    sync: null,
    printer: { state: 'ready', paperNearEnd: true },
    uncertainPrints: [],
    clockFault: null,
    software: { appVersion: '0.1.0', update: null },
    recentErrors: [],
    counters: [{ id: 'c2', number: 2, serviceIds: ['passport'], state: 'open', pairedDevices: 1 }],
  };
  const pairing = { code: '123456', expiresAt: '2026-03-02T00:10:00.000Z', counterPageUrls: ['http://127.0.0.1:8080/counter'] };

  function staffApi(overrides: Partial<KioskApi> = {}): KioskApi {
    return fakeApi({
      unlockStaff: vi.fn(async () => ({ ok: true as const, value: { unlocked: true as const, role: 'manager' as const } })),
      lockStaff: vi.fn(async () => ({ ok: true as const, value: { locked: true as const } })),
      getStaffOverview: vi.fn(async () => ({ ok: true as const, value: overview })),
      setLanServer: vi.fn(async ({ enabled }: { enabled: boolean }) => ({ ok: true as const, value: { ...overview.lan, enabled, running: enabled } })),
      createPairingCode: vi.fn(async () => ({ ok: true as const, value: pairing })),
      revokeCounter: vi.fn(async () => ({ ok: true as const, value: { revokedDevices: 1 } })),
      ...overrides,
    });
  }

  async function unlocked(api: KioskApi) {
    const store = createFlowStore(() => api);
    store.getState().send({ type: 'staffRequested' });
    for (const digit of '0000') store.getState().send({ type: 'pinDigit', digit });
    await store.getState().submitPin();
    return store;
  }

  it('unlocks with the typed PIN and loads the overview with the service names', async () => {
    const api = staffApi();
    const store = await unlocked(api);
    expect(api.unlockStaff).toHaveBeenCalledWith({ pin: '0000' });
    expect(store.getState().state).toMatchObject({ name: 'staff', overview, services: [{ id: 'passport', name: office.services[0]!.name }] });
  });

  it('checks the PIN once on a double tap, and never loads the overview after a wrong PIN', async () => {
    const api = staffApi({ unlockStaff: vi.fn(async () => ({ ok: false as const, error: { code: 'STAFF_PIN_WRONG' as const, message: 'x' } })) });
    const store = createFlowStore(() => api);
    store.getState().send({ type: 'staffRequested' });
    for (const digit of '1234') store.getState().send({ type: 'pinDigit', digit });
    await Promise.all([store.getState().submitPin(), store.getState().submitPin()]);
    expect(api.unlockStaff).toHaveBeenCalledTimes(1);
    expect(api.getStaffOverview).not.toHaveBeenCalled();
    expect(store.getState().state).toMatchObject({ name: 'staffPin', pin: '', notice: 'wrong' });
  });

  it('shows the overview without service names when the office cannot be read', async () => {
    const api = staffApi({ getOffice: vi.fn(async () => ({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'x' } })) });
    const store = await unlocked(api);
    expect(store.getState().state).toMatchObject({ name: 'staff', overview, services: [] });
  });

  it('takes the overview re-read while the screen is open, unless a staff call is under way', async () => {
    const paperOut = { ...overview, printer: { state: 'paper-out' as const, paperNearEnd: false } };
    const api = staffApi();
    const store = await unlocked(api);
    vi.mocked(api.getStaffOverview).mockResolvedValue({ ok: true, value: paperOut });
    await store.getState().pollStaff();
    expect(api.getStaffOverview).toHaveBeenLastCalledWith({ background: true });
    expect(store.getState().state).toMatchObject({ name: 'staff', pending: 'none', overview: { printer: { state: 'paper-out' } } });

    vi.mocked(api.getStaffOverview).mockResolvedValue({ ok: true, value: overview });
    const toggling = store.getState().toggleLan();
    await store.getState().pollStaff();
    await toggling;
    expect(store.getState().state).toMatchObject({ overview: { printer: { state: 'paper-out' }, lan: { enabled: true } } });
  });

  it('goes back to the PIN screen when a re-read finds the session locked', async () => {
    const api = staffApi();
    const store = await unlocked(api);
    vi.mocked(api.getStaffOverview).mockResolvedValue({ ok: false, error: { code: 'STAFF_LOCKED', message: 'x' } });
    await store.getState().pollStaff();
    expect(store.getState().state).toMatchObject({ name: 'staffPin', notice: 'expired' });
  });

  it('turns the LAN server to the opposite of what it shows', async () => {
    const api = staffApi();
    const store = await unlocked(api);
    await store.getState().toggleLan();
    expect(api.setLanServer).toHaveBeenCalledWith({ enabled: true });
    expect(store.getState().state).toMatchObject({ overview: { lan: { enabled: true, running: true } } });
  });

  it('creates a pairing code for the counter, and reloads the overview when it is closed', async () => {
    const api = staffApi();
    const store = await unlocked(api);
    await store.getState().requestPairing('c2');
    expect(api.createPairingCode).toHaveBeenCalledWith({ counterId: 'c2' });
    expect(store.getState().state).toMatchObject({ panel: { kind: 'pairing', pairing } });
    await store.getState().closeStaffPanel();
    expect(api.getStaffOverview).toHaveBeenCalledTimes(2);
    expect(store.getState().state).toMatchObject({ panel: { kind: 'overview' }, pending: 'none' });
  });

  it('revokes the counter being confirmed', async () => {
    const api = staffApi();
    const store = await unlocked(api);
    await store.getState().confirmRevoke();
    expect(api.revokeCounter).not.toHaveBeenCalled();
    store.getState().send({ type: 'revokeAsked', counterId: 'c2' });
    await store.getState().confirmRevoke();
    expect(api.revokeCounter).toHaveBeenCalledWith({ counterId: 'c2' });
    expect(store.getState().state).toMatchObject({ notice: { kind: 'revoked', revokedDevices: 1 } });
  });

  it('locks when staff leave, and only then', async () => {
    const api = staffApi();
    const resident = createFlowStore(() => api);
    await resident.getState().begin('ko');
    resident.getState().reset();
    expect(api.lockStaff).not.toHaveBeenCalled();

    const store = await unlocked(api);
    store.getState().reset();
    expect(api.lockStaff).toHaveBeenCalledWith({});
    expect(store.getState().state).toEqual({ name: 'start', language: 'ko' });
  });
});

describe('flow store, mobile ticket', () => {
  const mobileOffice: OfficeOverview = { ...office, ticketKinds: ['paper', 'mobile'] };
  const { phone, masked: maskedPhone } = madeUpPhone(String(5000 + 678));
  const issued = { ticket, maskedPhone, messagesMayBeLate: false };

  function mobileApi(overrides: Partial<KioskApi> = {}): KioskApi {
    return fakeApi({
      getOffice: vi.fn(async () => ({ ok: true as const, value: mobileOffice })),
      issueMobileTicket: vi.fn(async () => ({ ok: true as const, value: issued })),
      printMobileCopy: vi.fn(async () => ({ ok: true as const, value: { status: 'printed' as const } })),
      ...overrides,
    });
  }

  async function confirming(api: KioskApi) {
    const store = createFlowStore(() => api);
    await store.getState().begin('en');
    await store.getState().chooseService('passport');
    store.getState().send({ type: 'mobileChosen' });
    store.getState().send({ type: 'consentGiven' });
    for (const digit of phone) store.getState().send({ type: 'phoneDigit', digit });
    store.getState().send({ type: 'phoneSubmitted' });
    return store;
  }

  it('sends the confirmed number once, with the consent and language, and keeps it masked only', async () => {
    const api = mobileApi();
    const store = await confirming(api);
    expect(store.getState().state).toMatchObject({ name: 'mobileConfirm', maskedPhone });
    await Promise.all([store.getState().confirmMobile(), store.getState().confirmMobile()]);
    expect(api.issueMobileTicket).toHaveBeenCalledTimes(1);
    expect(api.issueMobileTicket).toHaveBeenCalledWith({ serviceId: 'passport', language: 'en', phone, consented: true });
    expect(store.getState().state).toMatchObject({ name: 'mobileDone', ticket, maskedPhone });
    expect(JSON.stringify(store.getState().state)).not.toContain(phone);
  });

  it('shows the kiosk’s verdict on the number on an emptied entry screen', async () => {
    const invalid = { ok: false as const, error: { code: 'PHONE_INVALID' as const, message: 'x', phoneProblem: 'not-mobile' as const } };
    const store = await confirming(mobileApi({ issueMobileTicket: vi.fn(async () => invalid) }));
    await store.getState().confirmMobile();
    expect(store.getState().state).toMatchObject({ name: 'phoneEntry', typed: '', problem: 'not-mobile' });
  });

  it('forgets an answer that arrives after the resident left', async () => {
    let answer: (value: Awaited<ReturnType<KioskApi['issueMobileTicket']>>) => void = () => {};
    const store = await confirming(mobileApi({ issueMobileTicket: () => new Promise((resolve) => (answer = resolve)) }));
    const issuing = store.getState().confirmMobile();
    store.getState().reset();
    answer({ ok: true, value: issued });
    await issuing;
    expect(store.getState().state).toEqual({ name: 'start', language: 'ko' });
  });

  it('issues the paper ticket when the resident refuses consent', async () => {
    const api = mobileApi();
    const store = createFlowStore(() => api);
    await store.getState().begin('ko');
    await store.getState().chooseService('passport');
    store.getState().send({ type: 'mobileChosen' });
    await store.getState().choosePaperInstead();
    expect(api.issueTicket).toHaveBeenCalledWith({ serviceId: 'passport', kind: 'paper', language: 'ko' });
    expect(store.getState().state).toEqual({ name: 'done', language: 'ko', ticket });
  });

  it('prints a paper copy of the mobile ticket it issued', async () => {
    const api = mobileApi();
    const store = await confirming(api);
    await store.getState().confirmMobile();
    await store.getState().printMobileCopy();
    expect(api.printMobileCopy).toHaveBeenCalledWith({ ticketId: ticket.id });
    expect(store.getState().state).toMatchObject({ name: 'mobileDone', copy: { status: 'printed' } });
  });
});
