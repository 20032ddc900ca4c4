import { describe, expect, it, vi } from 'vitest';
import type { IssuedTicket, KioskApi, OfficeOverview } from '../../../shared/ipc/contract';
import { createFlowStore } from './flowStore';

const office: OfficeOverview = {
  officeName: { ko: '종로구청 민원실', en: 'Jongno-gu Office' },
  businessDay: '2026-03-02',
  services: [{ id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 2, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 }, closedForToday: false }],
  ticketKinds: ['paper'],
};
const ticket: IssuedTicket = {
  id: '9b2f6c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d',
  serviceId: 'passport',
  serviceName: { ko: '여권', en: 'Passport' },
  displayNumber: '3001',
  peopleAhead: 2,
  estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 },
  issuedAt: '2026-03-02T09:00:00+09:00',
  businessDay: '2026-03-02',
};

const notForResidents = vi.fn(async () => ({ ok: false as const, error: { code: 'STAFF_LOCKED' as const, message: 'not used here' } }));
const staffApiUnused = {
  unlockStaff: notForResidents,
  lockStaff: notForResidents,
  getStaffOverview: notForResidents,
  setLanServer: notForResidents,
  createPairingCode: notForResidents,
  revokeCounter: notForResidents,
};

function fakeApi(overrides: Partial<KioskApi> = {}): KioskApi {
  return {
    getOffice: vi.fn(async () => ({ ok: true as const, value: office })),
    getPrinterStatus: vi.fn(async () => ({ ok: true as const, value: { state: 'ready' as const, paperNearEnd: false } })),
    issueTicket: vi.fn(async () => ({ ok: true as const, value: { ticket, print: { status: 'printed' as const } } })),
    reprintTicket: vi.fn(async () => ({ ok: true as const, value: { status: 'printed' as const } })),
    cancelTicket: vi.fn(async () => ({ ok: true as const, value: { cancelled: true as const } })),
    ...staffApiUnused,
    ...overrides,
  };
}

describe('flow store', () => {
  it('issues a paper ticket in the chosen language', async () => {
    const api = fakeApi();
    const store = createFlowStore(() => api);
    await store.getState().begin('en');
    await store.getState().chooseService('passport');
    await store.getState().choosePaper();
    expect(api.issueTicket).toHaveBeenCalledWith({ serviceId: 'passport', kind: 'paper', language: 'en' });
    expect(store.getState().state).toEqual({ name: 'done', language: 'en', ticket });
    expect(store.getState().officeName).toEqual(office.officeName);
  });

  it('issues only once on a double tap', async () => {
    const api = fakeApi();
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
