import type { IssuedTicket, OfficeOverview } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/language';
import type { PrintOutcome, PrinterState } from '../../../shared/printer';
import type { Failure } from '../../../shared/result';
import type { ErrorReason, FlowEvent, FlowState, OfficeService, PrintFailureReason, PrinterCheck, PrinterProblem } from './flowTypes';
import { startMobile, transitionMobile } from './mobileMachine';
import { staffPinEntry, transitionStaffScreen } from './staffMachine';

export const initialFlowState: FlowState = { name: 'start', language: 'ko' };

/** Not closed by its daily cap, nor by office hours. */
export function issuesNow(service: OfficeService): boolean {
  return !service.closedForToday && service.notOpen === null;
}

/** The office offers only paper tickets, so the ticket-type screen would have one choice and is skipped. */
export function paperOnly(office: Pick<OfficeOverview, 'ticketKinds'>): boolean {
  return office.ticketKinds.length === 1 && office.ticketKinds[0] === 'paper';
}

function problemOf(state: PrinterState | undefined): PrinterProblem {
  return state === undefined || state === 'ready' ? 'error' : state;
}

function errorReasonOf(error: Failure): ErrorReason {
  switch (error.code) {
    case 'PRINTER_UNAVAILABLE':
      return { kind: 'printer', problem: problemOf(error.printerState) };
    case 'SERVICE_CLOSED':
      return { kind: 'service-closed' };
    case 'SERVICE_NOT_OPEN':
      return { kind: 'service-not-open', opensAt: error.notOpen?.opensAt ?? null };
    default:
      return { kind: 'generic' };
  }
}

function afterPrint(language: Language, ticket: IssuedTicket, print: PrintOutcome): FlowState {
  if (print.status === 'printed') return { name: 'done', language, ticket };
  const screen = { language, ticket, reason: print.reason, pending: 'none' as const, notice: 'none' as const };
  return print.status === 'uncertain' ? { name: 'printUncertain', ...screen } : { name: 'printFailed', ...screen };
}

/**
 * The whole resident flow as a pure function. An event that does not fit the current state
 * (a double tap, an answer that arrives after the resident left) returns the state unchanged.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  const { language } = state;
  if (event.type === 'reset') {
    return state.name === 'start' && state.language === 'ko' ? state : initialFlowState;
  }
  switch (state.name) {
    case 'start':
      if (event.type === 'begin') return { name: 'loadingOffice', language: event.language };
      if (event.type === 'staffRequested') return staffPinEntry(language);
      return state;

    case 'loadingOffice':
      if (event.type === 'officeLoaded') return { name: 'chooseService', language, office: event.office };
      if (event.type === 'officeFailed') return { name: 'error', language, reason: { kind: 'generic' } };
      return state;

    case 'chooseService': {
      if (event.type !== 'serviceChosen') return state;
      const service = state.office.services.find((s) => s.id === event.serviceId);
      if (!service || !issuesNow(service) || state.office.ticketKinds.length === 0) return state;
      return { name: 'chooseTicket', language, office: state.office, service, printer: { status: 'checking' } };
    }

    case 'chooseTicket':
      // The mobile ticket needs no printer, so it can be chosen while the printer is checked or broken.
      if (event.type === 'mobileChosen') {
        const { office, service } = state;
        return office.ticketKinds.includes('mobile') ? startMobile({ language, office, service }) : state;
      }
      if (state.printer.status === 'checking') {
        if (event.type === 'printerChecked') {
          const printer: PrinterCheck =
            event.status.state === 'ready' ? { status: 'ready' } : { status: 'unavailable', problem: event.status.state };
          return { ...state, printer };
        }
        if (event.type === 'printerCheckFailed') {
          return { ...state, printer: { status: 'unavailable', problem: 'unknown' } };
        }
        return state;
      }
      if (event.type === 'paperChosen' && state.printer.status === 'ready' && state.office.ticketKinds.includes('paper')) {
        return { name: 'printing', language, service: state.service };
      }
      return state;

    case 'printing':
      if (event.type === 'issued') return afterPrint(language, event.ticket, event.print);
      if (event.type === 'issueFailed') return { name: 'error', language, reason: errorReasonOf(event.error) };
      return state;

    case 'printFailed':
      if (state.pending === 'none') {
        if (event.type === 'reprintRequested') return { ...state, pending: 'reprinting', notice: 'none' };
        if (event.type === 'cancelRequested') return { ...state, pending: 'cancelling', notice: 'none' };
        return state;
      }
      if (state.pending === 'reprinting') {
        if (event.type === 'reprinted') {
          return event.print.status === 'failed'
            ? { ...state, reason: event.print.reason, pending: 'none', notice: 'reprint-failed' }
            : afterPrint(language, state.ticket, event.print);
        }
        if (event.type === 'reprintFailed') {
          const printerState = event.error.code === 'PRINTER_UNAVAILABLE' ? event.error.printerState : undefined;
          const reason: PrintFailureReason = printerState && printerState !== 'ready' ? printerState : state.reason;
          return { ...state, reason, pending: 'none', notice: 'reprint-failed' };
        }
        return state;
      }
      if (event.type === 'cancelSucceeded') return { name: 'cancelled', language, ticket: state.ticket };
      if (event.type === 'cancelFailed') return { ...state, pending: 'none', notice: 'cancel-failed' };
      return state;

    case 'printUncertain':
      if (state.pending === 'none') return event.type === 'printAnswered' ? { ...state, pending: 'answering', notice: 'none' } : state;
      if (event.type === 'printResolved') {
        return event.cameOut
          ? { name: 'done', language, ticket: state.ticket }
          : { name: 'printFailed', language, ticket: state.ticket, reason: state.reason, pending: 'none', notice: 'none' };
      }
      if (event.type === 'printResolveFailed') return { ...state, pending: 'none', notice: 'answer-failed' };
      return state;

    case 'done':
    case 'cancelled':
    case 'error':
      return state;

    case 'mobileConsent':
    case 'phoneEntry':
    case 'mobileConfirm':
    case 'mobileIssuing':
    case 'mobileNotIssued':
    case 'mobileDone':
      return transitionMobile(state, event);

    case 'staffPin':
    case 'staff':
      return transitionStaffScreen(state, event);
  }
}

/**
 * How long a screen may sit untouched before the kiosk returns to start (null: never). The start
 * screen waits only while a resident's display or voice mode is on, so the next one starts without it.
 */
export function idleTimeoutMs(state: FlowState, modesOn = false): number | null {
  switch (state.name) {
    case 'start':
      return modesOn ? 30_000 : null;
    case 'done':
    case 'mobileDone':
    case 'cancelled':
      return 10_000;
    default:
      return 60_000;
  }
}
