import type { Language } from '../../../shared/language';
import { phoneProblems } from '../../../shared/phoneNumber';
import { printerStates } from '../../../shared/printer';
import type { FlowState, PrintFailureReason, PrinterProblem } from '../flow/flowTypes';
import { issuedTicket, madeUpPhone, officeOverview } from '../flow/testFixtures';

/*
 * For tests: every screen a resident can meet, in every state it can be in (the voice's phrases
 * are checked over all of them, in every language, by renderer/src/voice/everyPhrase.test.ts and
 * lint/translationGlossary.test.ts).
 */

const name = (ko: string, en: string, zh: string, vi: string) => ({ ko, en, zh, vi });
const office = officeOverview(
  [
    { id: 'resident', name: name('주민등록', 'Resident registration', '居民登记', 'Đăng ký cư trú'), waiting: 12, estimate: { kind: 'range', minMinutes: 25, maxMinutes: 40 }, closedForToday: false, notOpen: null },
    { id: 'seal', name: name('인감증명', 'Seal certificate', '印鉴证明', 'Chứng nhận con dấu'), waiting: 1, estimate: { kind: 'unknown' }, closedForToday: false, notOpen: { reason: 'lunch', opensAt: '2026-03-02T04:30:00.000Z' } },
    { id: 'passport', name: name('여권', 'Passport', '护照', 'Hộ chiếu'), waiting: 0, estimate: { kind: 'unknown' }, closedForToday: true, notOpen: null },
  ],
  { ticketKinds: ['paper', 'mobile'], officeName: name('종로구청', 'Jongno-gu Office', '钟路区厅', 'Văn phòng quận Jongno') },
);
const paperOnlyOffice = { ...office, ticketKinds: ['paper' as const] };
const service = office.services[0]!;
const ticket = issuedTicket(service, { displayNumber: '1023', peopleAhead: 11, estimate: { kind: 'range', minMinutes: 25, maxMinutes: 40 } });
const { phone, masked } = madeUpPhone(String(4000 + 321));
const printerProblems: PrinterProblem[] = [...printerStates.filter((state) => state !== 'ready'), 'unknown'];
const printFailures: PrintFailureReason[] = [...printerStates, 'connection-lost', 'timeout'];

/** Every resident screen in every state the flow can put it in (the staff screens have no voice). */
export function everyResidentScreen(language: Language): [string, FlowState][] {
  const base = { language, office, service };
  const screens: [string, FlowState][] = [
    ['start', { name: 'start', language }],
    ['loadingOffice', { name: 'loadingOffice', language }],
    ['chooseService', { name: 'chooseService', language, office }],
    ['chooseTicket checking', { name: 'chooseTicket', ...base, printer: { status: 'checking' } }],
    ['chooseTicket ready', { name: 'chooseTicket', ...base, printer: { status: 'ready' } }],
    ['chooseTicket paper-only ready', { name: 'chooseTicket', ...base, office: paperOnlyOffice, printer: { status: 'ready' } }],
    ['printing', { name: 'printing', language, service }],
    ['done', { name: 'done', language, ticket }],
    ['cancelled', { name: 'cancelled', language, ticket }],
    ['error service-closed', { name: 'error', language, reason: { kind: 'service-closed' } }],
    ['error service-not-open', { name: 'error', language, reason: { kind: 'service-not-open', opensAt: '2026-03-02T04:00:00.000Z' } }],
    ['error service-not-open, no date', { name: 'error', language, reason: { kind: 'service-not-open', opensAt: null } }],
    ['error generic', { name: 'error', language, reason: { kind: 'generic' } }],
    ['mobileConsent', { name: 'mobileConsent', ...base }],
    ['phoneEntry empty', { name: 'phoneEntry', ...base, consented: true, typed: '', problem: null }],
    ['phoneEntry typing', { name: 'phoneEntry', ...base, consented: true, typed: phone.slice(0, 7), problem: null }],
    ['mobileConfirm', { name: 'mobileConfirm', ...base, consented: true, phone, maskedPhone: masked }],
    ['mobileIssuing', { name: 'mobileIssuing', ...base, consented: true }],
    ['mobileNotIssued duplicate', { name: 'mobileNotIssued', ...base, reason: 'duplicate' }],
    ['mobileNotIssued unavailable', { name: 'mobileNotIssued', ...base, reason: 'unavailable' }],
  ];
  for (const problem of printerProblems) {
    screens.push([`chooseTicket ${problem}`, { name: 'chooseTicket', ...base, printer: { status: 'unavailable', problem } }]);
    screens.push([`chooseTicket paper-only ${problem}`, { name: 'chooseTicket', ...base, office: paperOnlyOffice, printer: { status: 'unavailable', problem } }]);
    screens.push([`error printer ${problem}`, { name: 'error', language, reason: { kind: 'printer', problem } }]);
  }
  for (const reason of printFailures) {
    for (const pending of ['none', 'reprinting', 'cancelling'] as const) {
      for (const notice of ['none', 'reprint-failed', 'cancel-failed'] as const) {
        screens.push([`printFailed ${reason} ${pending} ${notice}`, { name: 'printFailed', language, ticket, reason, pending, notice }]);
      }
    }
    for (const pending of ['none', 'answering'] as const) {
      for (const notice of ['none', 'answer-failed'] as const) {
        screens.push([`printUncertain ${reason} ${pending} ${notice}`, { name: 'printUncertain', language, ticket, reason, pending, notice }]);
      }
    }
    screens.push([`mobileDone copy failed ${reason}`, { name: 'mobileDone', language, ticket, maskedPhone: masked, messagesMayBeLate: false, copyOffered: true, copy: { status: 'failed', reason } }]);
  }
  for (const problem of phoneProblems) {
    screens.push([`phoneEntry ${problem}`, { name: 'phoneEntry', ...base, consented: true, typed: phone.slice(0, 4), problem }]);
  }
  for (const late of [false, true]) {
    for (const copy of [{ status: 'none' }, { status: 'printing' }, { status: 'printed' }] as const) {
      screens.push([`mobileDone ${copy.status}${late ? ' late' : ''}`, { name: 'mobileDone', language, ticket, maskedPhone: masked, messagesMayBeLate: late, copyOffered: true, copy }]);
    }
  }
  return screens;
}
