import { describe, expect, it } from 'vitest';
import type { StaffOverview } from '../../../shared/ipc/contract';
import type { Failure } from '../../../shared/result';
import { idleTimeoutMs, initialFlowState, transition } from './flowMachine';
import type { FlowEvent, FlowState, StaffScreenState, StaffState, StaffView } from './flowTypes';
import { awaitsAnswer } from './staffMachine';

const overview: StaffOverview = {
  role: 'manager',
  clerkPinSet: false,
  recentFailedUnlocks: [],
  refusedPairings: { consecutiveFailures: 0, lastAt: null, lastSource: null, lockedUntil: null },
    refusedManagerPagePins: { consecutiveFailures: 0, lastAt: null, lastSource: null, lockedUntil: null },
  lan: { enabled: false, running: false, counterPageUrls: [], boardUrls: [], managerPageUrls: [] },
  sync: null,
  printer: { state: 'ready', paperNearEnd: false },
  uncertainPrints: [],
  clockFault: null,
  software: { appVersion: '0.1.0', update: null },
  recentErrors: [],
  counters: [
    { id: 'c1', number: 1, serviceIds: ['resident'], state: 'open', pairedDevices: 2 },
    { id: 'c3', number: 3, serviceIds: ['resident', 'seal'], state: 'closed', pairedDevices: 0 },
  ],
};
const view: StaffView = { overview, services: [{ id: 'resident', name: { ko: '주민등록', en: 'Resident Registration' } }] };
const pairing = { code: '482913', expiresAt: '2026-03-02T00:10:00.000Z', counterPageUrls: ['http://10.0.0.5:8080/counter'] };
const runningLan = { enabled: true, running: true, counterPageUrls: ['http://10.0.0.5:8080/counter'], boardUrls: ['http://10.0.0.5:8080/board'], managerPageUrls: ['http://10.0.0.5:8080/manager'] };
const failure = (code: Failure['code']): Failure => ({ code, message: 'x' });

function run(events: FlowEvent[], from: FlowState = initialFlowState): FlowState {
  return events.reduce(transition, from);
}

const digits = (pin: string): FlowEvent[] => [...pin].map((digit) => ({ type: 'pinDigit', digit }));
const toPin: FlowEvent[] = [{ type: 'staffRequested' }];
const toChecking: FlowEvent[] = [...toPin, ...digits('0000'), { type: 'pinSubmitted' }];
const toStaff: FlowEvent[] = [...toChecking, { type: 'staffLoaded', view }];
const staff = run(toStaff) as StaffState;

describe('staff PIN screen', () => {
  it('opens from start in the start screen language, with nothing typed', () => {
    expect(run(toPin)).toEqual({ name: 'staffPin', language: 'ko', pin: '', checking: false, notice: 'none' });
  });

  it('takes up to 12 digits, deletes the last one, and ignores anything but a digit', () => {
    expect(run([...toPin, ...digits('1234567890123')])).toMatchObject({ pin: '123456789012' });
    expect(run([...toPin, ...digits('12'), { type: 'pinDeleted' }])).toMatchObject({ pin: '1' });
    const empty = run(toPin);
    expect(transition(empty, { type: 'pinDeleted' })).toBe(empty);
    expect(transition(empty, { type: 'pinDigit', digit: 'a' })).toBe(empty);
    expect(transition(empty, { type: 'pinDigit', digit: '12' })).toBe(empty);
  });

  it('does not check a PIN shorter than 4 digits, and says how long it must be', () => {
    const short = run([...toPin, ...digits('123'), { type: 'pinSubmitted' }]);
    expect(short).toMatchObject({ pin: '', checking: false, notice: 'length' });
    expect(awaitsAnswer(short as StaffScreenState)).toBe(false);
    expect(run(digits('1'), short)).toMatchObject({ pin: '1', notice: 'none' });
  });

  it('checks a full PIN once, ignoring keys and a second OK meanwhile, then opens the staff screen', () => {
    const checking = run(toChecking);
    expect(checking).toMatchObject({ checking: true });
    expect(awaitsAnswer(checking as StaffScreenState)).toBe(true);
    for (const event of [...digits('1'), { type: 'pinDeleted' }, { type: 'pinSubmitted' }] as FlowEvent[]) {
      expect(transition(checking, event)).toBe(checking);
    }
    expect(staff).toEqual({ name: 'staff', language: 'ko', ...view, pending: 'none', panel: { kind: 'overview' }, notice: { kind: 'none' } });
    expect(JSON.stringify(staff)).not.toContain('0000');
  });

  it.each([
    ['STAFF_PIN_WRONG', 'wrong'],
    ['TOO_MANY_ATTEMPTS', 'too-many'],
    ['INVALID_REQUEST', 'length'],
    ['INTERNAL', 'failed'],
  ] as const)('clears the PIN on %s and says %s', (code, notice) => {
    expect(run([...toChecking, { type: 'staffCallFailed', error: failure(code) }])).toEqual({
      name: 'staffPin',
      language: 'ko',
      pin: '',
      checking: false,
      notice,
    });
  });

  it('switches language without losing what was typed', () => {
    expect(run([...toPin, ...digits('12'), { type: 'languageChosen', language: 'en' }])).toMatchObject({ language: 'en', pin: '12' });
    const pin = run(toPin);
    expect(transition(pin, { type: 'languageChosen', language: 'ko' })).toBe(pin);
  });
});

describe('staff screen', () => {
  it('turns the LAN server on and shows its addresses', () => {
    const toggling = run([{ type: 'lanToggleRequested' }], staff);
    expect(toggling).toMatchObject({ pending: 'lan' });
    expect(transition(toggling, { type: 'lanToggleRequested' })).toBe(toggling);
    expect(transition(toggling, { type: 'lanChanged', lan: runningLan })).toMatchObject({ pending: 'none', overview: { lan: runningLan } });
  });

  it('shows a pairing code for a known counter and closes it again', () => {
    expect(transition(staff, { type: 'pairingRequested', counterId: 'nope' })).toBe(staff);
    const asking = run([{ type: 'pairingRequested', counterId: 'c3' }], staff);
    expect(asking).toMatchObject({ pending: 'pairing' });
    const shown = transition(asking, { type: 'pairingCreated', counterId: 'c3', pairing });
    expect(shown).toMatchObject({ pending: 'none', panel: { kind: 'pairing', counter: { number: 3 }, pairing } });
    expect(transition(shown, { type: 'pairingRequested', counterId: 'c1' })).toBe(shown);
    expect(transition(shown, { type: 'panelClosed' })).toMatchObject({ panel: { kind: 'overview' } });
  });

  it('stays on the overview if the paired counter is no longer listed', () => {
    const asking = run([{ type: 'pairingRequested', counterId: 'c1' }], staff);
    expect(transition(asking, { type: 'pairingCreated', counterId: 'gone', pairing })).toMatchObject({ pending: 'none', panel: { kind: 'overview' } });
  });

  it('tells staff to turn the LAN server on when pairing needs it', () => {
    const asking = run([{ type: 'pairingRequested', counterId: 'c1' }], staff);
    expect(transition(asking, { type: 'staffCallFailed', error: failure('LAN_UNAVAILABLE') })).toMatchObject({
      pending: 'none',
      panel: { kind: 'overview' },
      notice: { kind: 'lan-unavailable' },
    });
  });

  it('revokes a counter only after a confirmation, and can be cancelled', () => {
    const confirming = run([{ type: 'revokeAsked', counterId: 'c1' }], staff);
    expect(confirming).toMatchObject({ panel: { kind: 'confirmRevoke', counter: { id: 'c1' } }, pending: 'none' });
    expect(transition(confirming, { type: 'panelClosed' })).toMatchObject({ panel: { kind: 'overview' } });
    expect(transition(staff, { type: 'revokeConfirmed' })).toBe(staff);

    const revoking = transition(confirming, { type: 'revokeConfirmed' });
    expect(revoking).toMatchObject({ pending: 'revoking' });
    expect(transition(revoking, { type: 'panelClosed' })).toBe(revoking);
    const revoked = transition(revoking, { type: 'counterRevoked', revokedDevices: 2 }) as StaffState;
    expect(revoked).toMatchObject({ pending: 'none', panel: { kind: 'overview' }, notice: { kind: 'revoked', counter: { id: 'c1' }, revokedDevices: 2 } });
    expect(revoked.overview.counters.map((c) => c.pairedDevices)).toEqual([0, 0]);
  });

  it('reloads the overview, clearing the last notice', () => {
    const revoked = run([{ type: 'revokeAsked', counterId: 'c1' }, { type: 'revokeConfirmed' }, { type: 'counterRevoked', revokedDevices: 1 }], staff);
    const loading = transition(revoked, { type: 'refreshRequested' });
    expect(loading).toMatchObject({ pending: 'loading', notice: { kind: 'none' } });
    const fresh = { ...view, overview: { ...overview, printer: { state: 'paper-out' as const, paperNearEnd: false } } };
    expect(transition(loading, { type: 'staffLoaded', view: fresh })).toMatchObject({ pending: 'none', overview: fresh.overview });
  });

  it('goes back to the PIN screen when the session has expired, and says so', () => {
    const loading = run([{ type: 'languageChosen', language: 'en' }, { type: 'refreshRequested' }], staff);
    expect(transition(loading, { type: 'staffCallFailed', error: failure('STAFF_LOCKED') })).toEqual({
      name: 'staffPin',
      language: 'en',
      pin: '',
      checking: false,
      notice: 'expired',
    });
  });

  it("goes back to the PIN screen when a panel's own call finds the session locked, and ignores its other failures", () => {
    expect(transition(staff, { type: 'staffCallFailed', error: failure('STAFF_LOCKED') })).toMatchObject({ name: 'staffPin', notice: 'expired' });
    expect(transition(staff, { type: 'staffCallFailed', error: failure('STAFF_FORBIDDEN') })).toBe(staff);
  });

  it('shows a plain notice when a call fails otherwise', () => {
    const toggling = run([{ type: 'lanToggleRequested' }], staff);
    expect(transition(toggling, { type: 'staffCallFailed', error: failure('INTERNAL') })).toMatchObject({
      pending: 'none',
      notice: { kind: 'failed' },
    });
  });

  it('locks back to the Korean start screen on reset, by hand or after the usual idle minute', () => {
    expect(idleTimeoutMs(staff)).toBe(60_000);
    expect(run([{ type: 'languageChosen', language: 'en' }, { type: 'reset' }], staff)).toEqual(initialFlowState);
  });

  it('ignores answers nobody asked for', () => {
    const answers: FlowEvent[] = [
      { type: 'staffLoaded', view },
      { type: 'lanChanged', lan: runningLan },
      { type: 'pairingCreated', counterId: 'c1', pairing },
      { type: 'counterRevoked', revokedDevices: 1 },
      { type: 'panelClosed' },
      { type: 'begin', language: 'en' },
    ];
    for (const event of answers) expect(transition(staff, event)).toBe(staff);
    const toggling = run([{ type: 'lanToggleRequested' }], staff);
    for (const event of answers.slice(2)) expect(transition(toggling, event)).toBe(toggling);
  });
});
