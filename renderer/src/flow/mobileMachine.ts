import { maskPhone, normalizePhone, type PhoneProblem } from '../../../shared/phoneNumber';
import type { Failure } from '../../../shared/result';
import type { FlowEvent, FlowState, MobileBase, MobileState, PhoneEntryState, PrintFailureReason } from './flowTypes';

/** One digit past the longest mobile number, so "too long" can be shown instead of keys that stop working. */
const MAX_TYPED_DIGITS = 12;

function phoneEntry(base: MobileBase, consented: boolean, problem: PhoneProblem | null = null): PhoneEntryState {
  return { name: 'phoneEntry', ...base, consented, typed: '', problem };
}

/** The mobile flow's first screen for a resident who chose it: the consent, unless the district waived it. */
export function startMobile(base: MobileBase): MobileState {
  return base.office.mobileConsentRequired ? { name: 'mobileConsent', ...base } : phoneEntry(base, false);
}

/** "Too short" is only the number still being typed; anything else is worth saying at once. */
function problemWhileTyping(typed: string): PhoneProblem | null {
  const parsed = normalizePhone(typed);
  return parsed.ok || parsed.reason === 'too-short' ? null : parsed.reason;
}

function withTyped(state: PhoneEntryState, typed: string): PhoneEntryState {
  return typed === state.typed ? state : { ...state, typed, problem: problemWhileTyping(typed) };
}

function transitionPhoneEntry(state: PhoneEntryState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'phoneDigit':
      if (!/^[0-9]$/.test(event.digit) || state.typed.length >= MAX_TYPED_DIGITS) return state;
      return withTyped(state, state.typed + event.digit);
    case 'phoneDeleted':
      return withTyped(state, state.typed.slice(0, -1));
    case 'phoneCleared':
      return state.typed === '' && state.problem === null ? state : { ...state, typed: '', problem: null };
    case 'phoneSubmitted': {
      const parsed = normalizePhone(state.typed);
      if (!parsed.ok) return state.problem === parsed.reason ? state : { ...state, problem: parsed.reason };
      const { language, office, service, consented } = state;
      return { name: 'mobileConfirm', language, office, service, consented, phone: state.typed, maskedPhone: maskPhone(parsed.phone) };
    }
    default:
      return state;
  }
}

/** The typed digits are not kept for any of these: a resident who tries again types the number anew. */
function notIssued(base: MobileBase, consented: boolean, error: Failure): FlowState {
  const { language } = base;
  switch (error.code) {
    case 'PHONE_INVALID':
      return phoneEntry(base, consented, error.phoneProblem ?? 'not-mobile');
    case 'MOBILE_DUPLICATE':
      return { name: 'mobileNotIssued', ...base, reason: 'duplicate' };
    case 'MOBILE_UNAVAILABLE':
      return { name: 'mobileNotIssued', ...base, reason: 'unavailable' };
    case 'CONSENT_REQUIRED':
      return { name: 'mobileConsent', ...base };
    case 'SERVICE_CLOSED':
      return { name: 'error', language, reason: { kind: 'service-closed' } };
    case 'SERVICE_NOT_OPEN':
      return { name: 'error', language, reason: { kind: 'service-not-open', opensAt: error.notOpen?.opensAt ?? null } };
    default:
      return { name: 'error', language, reason: { kind: 'generic' } };
  }
}

function copyFailureReason(error: Failure): PrintFailureReason {
  const printerState = error.code === 'PRINTER_UNAVAILABLE' ? error.printerState : undefined;
  return printerState && printerState !== 'ready' ? printerState : 'error';
}

function transitionMobileDone(state: Extract<MobileState, { name: 'mobileDone' }>, event: FlowEvent): FlowState {
  const { copy } = state;
  if (copy.status === 'printing') {
    if (event.type === 'copyPrinted') {
      return { ...state, copy: event.print.status === 'printed' ? { status: 'printed' } : { status: 'failed', reason: event.print.reason } };
    }
    if (event.type === 'copyFailed') return { ...state, copy: { status: 'failed', reason: copyFailureReason(event.error) } };
    return state;
  }
  if (event.type === 'copyRequested' && state.copyOffered && copy.status !== 'printed') return { ...state, copy: { status: 'printing' } };
  return state;
}

/**
 * The mobile ticket flow as a pure function: consent, phone entry, confirmation, issuing, done.
 * The phone number lives only in phoneEntry (as typed) and mobileConfirm (to be sent); every
 * later state holds the masked form at most, and leaving (reset, Edit) drops it.
 */
export function transitionMobile(state: MobileState, event: FlowEvent): FlowState {
  if (state.name === 'mobileDone') return transitionMobileDone(state, event);
  const { language, office, service } = state;
  const base: MobileBase = { language, office, service };
  const paperOffered = office.ticketKinds.includes('paper');
  if (event.type === 'paperInstead') {
    const mayLeave = state.name === 'mobileConsent' || state.name === 'mobileNotIssued';
    return paperOffered && mayLeave ? { name: 'printing', language, service } : state;
  }
  switch (state.name) {
    case 'mobileConsent':
      return event.type === 'consentGiven' ? phoneEntry(base, true) : state;
    case 'phoneEntry':
      return transitionPhoneEntry(state, event);
    case 'mobileConfirm':
      if (event.type === 'phoneEditRequested') return phoneEntry(base, state.consented);
      if (event.type === 'mobileConfirmed') return { name: 'mobileIssuing', ...base, consented: state.consented };
      return state;
    case 'mobileIssuing':
      if (event.type === 'mobileIssued') {
        const { ticket, maskedPhone, messagesMayBeLate } = event;
        return { name: 'mobileDone', language, ticket, maskedPhone, messagesMayBeLate, copyOffered: paperOffered, copy: { status: 'none' } };
      }
      if (event.type === 'mobileIssueFailed') return notIssued(base, state.consented, event.error);
      return state;
    case 'mobileNotIssued':
      return state;
  }
}
