import type { TFunction } from 'i18next';
import { languageNames, textIn, type Language } from '../../../shared/language';
import type { IssuedTicket } from '../../../shared/ipc/contract';
import { formatAsTyped } from '../../../shared/phoneNumber';
import { numberInWords, spokenCount, spokenMoment, spokenPhoneDigits, spokenTicketNumber, spokenWaitEstimate } from '../../../shared/spokenNumbers';
import { announcementFor, ticketNumberSentence, type NumberText } from '../announcement';
import { issuesNow, paperOnly } from '../flow/flowMachine';
import type { FlowState, OfficeService } from '../flow/flowTypes';
import { consentTerms } from '../screens/mobile/consentTerms';
import { labelled, sentences } from '../sentences';

/**
 * Where the voice comes out. Through the loudspeaker everyone nearby hears it, so the digits of a
 * phone number are only ever spoken into earphones (EN 301 549 §5.1.3.11).
 */
export type Listening = 'speaker' | 'earphones';

/** Words and the voice that says them: one text can hold words of another language (a language's name in itself). */
export type SpokenPart = { language: Language; text: string };

/** A ticket number in words of the language, its word for "number" included: "천일번", "number one thousand and one". */
const inWords = (language: Language): NumberText => (displayNumber) => spokenTicketNumber(displayNumber, language);

/** People ahead of a ticket, or waiting for a service: the phrase with a count, and the one for nobody. */
const peoplePhrases = {
  ahead: { some: 'voice.ahead', none: 'voice.noneAhead' },
  waiting: { some: 'voice.waiting', none: 'voice.noneWaiting' },
} as const;

/** A count of people in words, or the language's own words when there is nobody ("앞에 기다리는 분이 없습니다", "기다리는 분 없음"; never "영 명"). */
function peopleSaid(people: number, phrase: keyof typeof peoplePhrases, t: TFunction, language: Language): string {
  const { some, none } = peoplePhrases[phrase];
  return people === 0 ? t(none) : t(some, { people: spokenCount(people, 'people', language) });
}

const numberSaid = (ticket: IssuedTicket, t: TFunction, language: Language) => ticketNumberSentence(ticket.displayNumber, t, inWords(language));

/** Number, people ahead, estimate and where to wait: what a resident who cannot see the done screen needs. */
function ticketFacts(ticket: IssuedTicket, t: TFunction, language: Language): string {
  return sentences(
    language,
    numberSaid(ticket, t, language),
    peopleSaid(ticket.peopleAhead, 'ahead', t, language),
    t('voice.estimate', { estimate: spokenWaitEstimate(ticket.estimate, language) }),
    t('voice.whereToWait'),
  );
}

/** When a service that is not issuing now opens again, in words ("삼월 이일 월요일 오후 한 시에 발급을 시작합니다"); nothing when that is not known. */
const opensSaid = (opensAt: string | null, t: TFunction, language: Language) => (opensAt ? t('voice.opensAt', { when: spokenMoment(opensAt, language) }) : '');

/** One service as said in the list, and again when the keypad's focus lands on it: its key, name, people waiting and estimate in words. */
export function serviceSaid(service: OfficeService, index: number, t: TFunction, language: Language): string {
  const values = { key: numberInWords(index + 1, language), name: textIn(service.name, language) };
  if (issuesNow(service)) {
    return t('voice.service', {
      ...values,
      waiting: peopleSaid(service.waiting, 'waiting', t, language),
      estimate: spokenWaitEstimate(service.estimate, language),
    });
  }
  const status = service.notOpen ? sentences(language, t('services.notOpenNoDate'), opensSaid(service.notOpen.opensAt, t, language)) : t('services.closed');
  return t('voice.serviceUnavailable', { ...values, status });
}

/**
 * What the voice says on a screen: more than the screen reader's one-line announcement, since a
 * resident who cannot see the screen hears everything on it (the services with their waits, the
 * whole consent text, the ticket's facts), with every number in words.
 */
export function voiceScriptFor(state: FlowState, t: TFunction, listening: Listening): string {
  const { language } = state;
  const briefly = announcementFor(state, t, inWords(language));
  switch (state.name) {
    case 'start':
      return sentences(language, t('start.title'), t('start.instruction'), t('voice.keys'), t('start.chooseLanguage'));
    case 'chooseService':
      return sentences(
        language,
        briefly,
        ...state.office.services.map((service, index) => serviceSaid(service, index, t, language)),
      );
    case 'chooseTicket':
      if (state.printer.status !== 'ready' || paperOnly(state.office)) return briefly;
      return sentences(
        language,
        briefly,
        ...state.office.ticketKinds.map((kind) => labelled(language, t(`ticket.${kind}`), t(`ticket.${kind}Hint`))),
      );
    case 'done':
      return sentences(language, t('done.title'), ticketFacts(state.ticket, t, language));
    case 'printFailed':
      if (state.pending !== 'none') return briefly;
      return sentences(
        language,
        state.notice === 'none' ? t('printFailed.title') : t(`printFailed.notice-${state.notice}`),
        t(`problem.${state.reason}`),
        numberSaid(state.ticket, t, language),
        t('printFailed.issued'),
        t('voice.twoChoices', { first: t('printFailed.reprint'), second: t('printFailed.cancel') }),
      );
    case 'printUncertain':
      if (state.pending !== 'none') return briefly;
      return sentences(
        language,
        state.notice === 'none' ? t('printUncertain.title') : t('printUncertain.notice-answer-failed'),
        numberSaid(state.ticket, t, language),
        t('printUncertain.body'),
        t('voice.twoChoices', { first: t('printUncertain.yes'), second: t('printUncertain.no') }),
      );
    case 'error':
      switch (state.reason.kind) {
        case 'service-closed':
          return sentences(language, briefly, t('error.closedBody'));
        case 'service-not-open':
          return sentences(language, briefly, opensSaid(state.reason.opensAt, t, language));
        case 'generic':
          return sentences(language, briefly, t('error.genericBody'));
        case 'printer':
          return briefly;
      }
      break;
    case 'mobileConsent':
      return sentences(
        language,
        briefly,
        t('mobile.consentLead'),
        ...consentTerms(state.office, t, language).map(([term, text]) => labelled(language, term, text)),
        t('voice.digitsOnlyPrivately'),
      );
    case 'phoneEntry': {
      if (state.typed === '') return sentences(language, briefly, t('voice.entryHint'));
      const said =
        listening === 'earphones'
          ? t('voice.typed', { digits: spokenPhoneDigits(formatAsTyped(state.typed), language) })
          : t('voice.entered', { digits: spokenCount(state.typed.length, 'digits', language) });
      if (!state.problem) return said;
      // "010으로 시작하는" is read as the digits people say: 공일공.
      const problem = t(`phoneProblem.${state.problem}`).replace(/\d+/g, (digits) => spokenPhoneDigits(digits, language));
      return sentences(language, said, problem);
    }
    case 'mobileConfirm':
      return sentences(
        language,
        briefly,
        listening === 'earphones'
          ? t('voice.confirmDigits', { digits: spokenPhoneDigits(formatAsTyped(state.phone), language) })
          : t('voice.digitsOnlyPrivately'),
        t('mobile.confirmHint'),
      );
    case 'mobileDone':
      if (state.copy.status !== 'none') return briefly;
      return sentences(
        language,
        t('mobile.doneTitle'),
        ticketFacts(state.ticket, t, language),
        t('mobile.kakao'),
        state.messagesMayBeLate ? t('mobile.late') : '',
      );
    default:
      return briefly;
  }
  return briefly;
}

/**
 * The start screen's last words: the office's languages, each named in itself and in its own
 * voice ("English" by the English voice, "中文" by the Chinese), so a resident who cannot read the
 * buttons hears which are offered in words they know.
 */
export function languagesSaid(offered: readonly Language[]): SpokenPart[] {
  return offered.map((language) => ({ language, text: sentences(language, languageNames[language]) }));
}
