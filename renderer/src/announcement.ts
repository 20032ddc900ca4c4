import type { TFunction } from 'i18next';
import type { FlowState, MobileState, StaffState } from './flow/flowTypes';
import { paperOnly } from './flow/flowMachine';
import { sentences } from './sentences';

/** How a ticket number goes into the words: as shown for the screen reader, in words for the voice. */
export type NumberText = (displayNumber: string) => string;

/**
 * The ticket's number in a sentence of its own ("Your ticket is 1001.", "번호표 번호 1001."). The
 * number comes with its own word when said aloud ("number one thousand and one", "천일번",
 * "一千零一号", "số một nghìn…"), so the sentence around it names it without repeating that word:
 * the screen's label ("Your number") before it would have the voice say "number number".
 */
export function ticketNumberSentence(displayNumber: string, t: TFunction, numberText: NumberText): string {
  return t('done.yourNumber', { number: numberText(displayNumber) });
}

/**
 * What the live region says when the screen changes: the screen's title and, where it matters,
 * the one fact the resident needs (their number, the printer problem).
 */
export function announcementFor(state: FlowState, t: TFunction, numberText: NumberText = (n) => n): string {
  switch (state.name) {
    case 'start':
      return '';
    case 'loadingOffice':
      return t('loading.title');
    case 'chooseService':
      return t('services.title');
    case 'chooseTicket':
      switch (state.printer.status) {
        case 'checking':
          return t('ticket.checking');
        case 'ready':
          return paperOnly(state.office) ? t('ticket.checking') : t('ticket.title');
        case 'unavailable':
          return state.office.ticketKinds.includes('mobile')
            ? sentences(state.language, t('ticket.title'), t(`problem.${state.printer.problem}`), t('ticket.paperUnavailableMobile'))
            : sentences(state.language, t('ticket.unavailableTitle'), t(`problem.${state.printer.problem}`), t('tellStaff'));
      }
      break;
    case 'printing':
      return t('printing.title');
    case 'done':
      return sentences(state.language, t('done.title'), ticketNumberSentence(state.ticket.displayNumber, t, numberText));
    case 'printFailed':
      if (state.pending === 'reprinting') return t('printFailed.reprinting');
      if (state.pending === 'cancelling') return t('printFailed.cancelling');
      return sentences(
        state.language,
        state.notice === 'none' ? t('printFailed.title') : t(`printFailed.notice-${state.notice}`),
        t(`problem.${state.reason}`),
        ticketNumberSentence(state.ticket.displayNumber, t, numberText),
        t('printFailed.issued'),
      );
    case 'printUncertain':
      if (state.pending === 'answering') return t('printUncertain.answering');
      return sentences(
        state.language,
        state.notice === 'none' ? t('printUncertain.title') : t('printUncertain.notice-answer-failed'),
        ticketNumberSentence(state.ticket.displayNumber, t, numberText),
        t('printUncertain.body'),
      );
    case 'cancelled':
      return t('cancelled.title');
    case 'error':
      switch (state.reason.kind) {
        case 'printer':
          return sentences(state.language, t('error.printerTitle'), t(`problem.${state.reason.problem}`), t('tellStaff'));
        case 'service-closed':
          return t('error.closedTitle');
        case 'service-not-open':
          return t('error.notOpenTitle');
        case 'generic':
          return t('error.genericTitle');
      }
      break;
    case 'mobileConsent':
    case 'phoneEntry':
    case 'mobileConfirm':
    case 'mobileIssuing':
    case 'mobileNotIssued':
    case 'mobileDone':
      return mobileAnnouncement(state, t, numberText);
    case 'staffPin':
      if (state.checking) return t('staffPin.checking');
      return state.notice === 'none' ? t('staffPin.title') : t(`staffPin.notice-${state.notice}`);
    case 'staff':
      return staffAnnouncement(state, t);
  }
  return '';
}

/** Never the phone number, not even masked: the kiosk may speak through a loudspeaker. */
function mobileAnnouncement(state: MobileState, t: TFunction, numberText: NumberText): string {
  switch (state.name) {
    case 'mobileConsent':
      return t('mobile.consentTitle');
    case 'phoneEntry': {
      const typing = state.typed === '' ? t('mobile.entryTitle') : t('mobile.entered', { count: state.typed.length });
      return state.problem ? sentences(state.language, typing, t(`phoneProblem.${state.problem}`)) : typing;
    }
    case 'mobileConfirm':
      return t('mobile.confirmTitle');
    case 'mobileIssuing':
      return t('mobile.issuingTitle');
    case 'mobileNotIssued':
      if (state.reason === 'duplicate') return t('mobile.duplicateTitle');
      return sentences(state.language, t('mobile.unavailableTitle'), t(state.office.ticketKinds.includes('paper') ? 'mobile.paperWayOn' : 'tellStaff'));
    case 'mobileDone':
      switch (state.copy.status) {
        case 'printing':
          return t('mobile.copyPrinting');
        case 'printed':
          return t('mobile.copyPrinted');
        case 'failed':
          return sentences(state.language, t('mobile.copyFailed'), t(`problem.${state.copy.reason}`));
        case 'none':
          return sentences(
            state.language,
            t('mobile.doneTitle'),
            ticketNumberSentence(state.ticket.displayNumber, t, numberText),
            t('mobile.kakao'),
            state.messagesMayBeLate ? t('mobile.late') : '',
          );
      }
  }
}

function staffAnnouncement(state: StaffState, t: TFunction): string {
  const { panel, notice } = state;
  switch (panel.kind) {
    case 'pairing':
      return [t('staff.pairFor', { number: panel.counter.number }), panel.pairing.code].join(' ');
    case 'confirmRevoke':
      return state.pending === 'revoking' ? t('revoke.working') : t('revoke.title', { number: panel.counter.number });
    case 'overview':
      switch (notice.kind) {
        case 'none':
          return t('staff.title');
        case 'revoked':
          return t('staff.notice-revoked', { number: notice.counter.number, count: notice.revokedDevices });
        case 'lan-unavailable':
        case 'failed':
          return t(`staff.notice-${notice.kind}`);
      }
  }
}

/** Changes within a screen that deserve the focus moving back to its title. */
export function screenKeyOf(state: FlowState): string {
  if (state.name === 'chooseTicket') return `${state.name}:${state.printer.status}`;
  if (state.name === 'staff') return `${state.name}:${state.panel.kind}`;
  return state.name;
}
