import type { StaffOverview } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/language';
import type { Failure } from '../../../shared/result';
import type { FlowEvent, StaffCounter, StaffNotice, StaffPending, StaffPinNotice, StaffPinState, StaffScreenState, StaffState, StaffView } from './flowTypes';

export const PIN_MIN_DIGITS = 4;
const PIN_MAX_DIGITS = 12;

export function staffPinEntry(language: Language, notice: StaffPinNotice = 'none'): StaffPinState {
  return { name: 'staffPin', language, pin: '', checking: false, notice };
}

function pinNoticeOf(error: Failure): StaffPinNotice {
  switch (error.code) {
    case 'STAFF_PIN_WRONG':
      return 'wrong';
    case 'TOO_MANY_ATTEMPTS':
      return 'too-many';
    case 'INVALID_REQUEST':
      return 'length';
    default:
      return 'failed';
  }
}

function transitionPin(state: StaffPinState, event: FlowEvent): StaffScreenState {
  if (state.checking) {
    if (event.type === 'staffLoaded') {
      return { name: 'staff', language: state.language, ...event.view, pending: 'none', panel: { kind: 'overview' }, notice: { kind: 'none' } };
    }
    if (event.type === 'staffCallFailed') return staffPinEntry(state.language, pinNoticeOf(event.error));
    return state;
  }
  switch (event.type) {
    case 'pinDigit':
      if (!/^\d$/.test(event.digit) || state.pin.length >= PIN_MAX_DIGITS) return state;
      return { ...state, pin: state.pin + event.digit, notice: 'none' };
    case 'pinDeleted':
      return state.pin === '' ? state : { ...state, pin: state.pin.slice(0, -1) };
    case 'pinSubmitted':
      if (state.pin.length < PIN_MIN_DIGITS) return { ...state, pin: '', notice: 'length' };
      return { ...state, checking: true, notice: 'none' };
    default:
      return state;
  }
}

function findCounter(state: StaffView, counterId: string): StaffCounter | undefined {
  return state.overview.counters.find((counter) => counter.id === counterId);
}

function withCounter(overview: StaffOverview, changed: StaffCounter): StaffOverview {
  return { ...overview, counters: overview.counters.map((counter) => (counter.id === changed.id ? changed : counter)) };
}

/** Starts a call from the overview; nothing starts while another call runs or a panel is open. */
function startFromOverview(state: StaffState, pending: StaffPending): StaffState {
  if (state.pending !== 'none' || state.panel.kind !== 'overview') return state;
  return { ...state, pending, notice: { kind: 'none' } };
}

function failed(state: StaffState, error: Failure): StaffScreenState {
  if (error.code === 'STAFF_LOCKED') return staffPinEntry(state.language, 'expired');
  const notice: StaffNotice = error.code === 'LAN_UNAVAILABLE' ? { kind: 'lan-unavailable' } : { kind: 'failed' };
  return { ...state, pending: 'none', panel: { kind: 'overview' }, notice };
}

function answer(state: StaffState, event: FlowEvent): StaffScreenState {
  switch (event.type) {
    case 'staffCallFailed':
      return failed(state, event.error);
    case 'staffLoaded':
      return state.pending === 'loading' ? { ...state, ...event.view, pending: 'none' } : state;
    case 'lanChanged':
      return state.pending === 'lan' ? { ...state, overview: { ...state.overview, lan: event.lan }, pending: 'none' } : state;
    case 'pairingCreated': {
      if (state.pending !== 'pairing') return state;
      const counter = findCounter(state, event.counterId);
      return { ...state, pending: 'none', panel: counter ? { kind: 'pairing', counter, pairing: event.pairing } : state.panel };
    }
    case 'counterRevoked': {
      if (state.pending !== 'revoking' || state.panel.kind !== 'confirmRevoke') return state;
      const counter = { ...state.panel.counter, pairedDevices: 0 };
      return {
        ...state,
        overview: withCounter(state.overview, counter),
        pending: 'none',
        panel: { kind: 'overview' },
        notice: { kind: 'revoked', counter, revokedDevices: event.revokedDevices },
      };
    }
    default:
      return state;
  }
}

function transitionStaff(state: StaffState, event: FlowEvent): StaffScreenState {
  if (state.pending !== 'none') return answer(state, event);
  switch (event.type) {
    // A panel's own call found the session locked.
    case 'staffCallFailed':
      return event.error.code === 'STAFF_LOCKED' ? staffPinEntry(state.language, 'expired') : state;
    case 'staffPolled':
      return { ...state, ...event.view };
    case 'refreshRequested':
    case 'printResolveRequested':
      return startFromOverview(state, 'loading');
    case 'lanToggleRequested':
      return startFromOverview(state, 'lan');
    case 'pairingRequested':
      return findCounter(state, event.counterId) ? startFromOverview(state, 'pairing') : state;
    case 'revokeAsked': {
      const counter = findCounter(state, event.counterId);
      if (state.panel.kind !== 'overview' || !counter) return state;
      return { ...state, panel: { kind: 'confirmRevoke', counter }, notice: { kind: 'none' } };
    }
    case 'revokeConfirmed':
      return state.panel.kind === 'confirmRevoke' ? { ...state, pending: 'revoking' } : state;
    case 'panelClosed':
      return state.panel.kind === 'overview' ? state : { ...state, panel: { kind: 'overview' } };
    default:
      return state;
  }
}

/**
 * The staff screens as a pure function, like the resident flow: the PIN keypad, then the
 * overview with its panels. Leaving (lock, idle) is the flow's reset, not an event here.
 */
export function transitionStaffScreen(state: StaffScreenState, event: FlowEvent): StaffScreenState {
  if (event.type === 'languageChosen') return event.language === state.language ? state : { ...state, language: event.language };
  return state.name === 'staffPin' ? transitionPin(state, event) : transitionStaff(state, event);
}

/** True when the event just sent started a call to main that the store must now make. */
export function awaitsAnswer(state: StaffScreenState): boolean {
  return state.name === 'staffPin' ? state.checking : state.pending !== 'none';
}
