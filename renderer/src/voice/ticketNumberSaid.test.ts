import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../../shared/language';
import { printerStates } from '../../../shared/printer';
import { spokenTicketNumber } from '../../../shared/spokenNumbers';
import { announcementFor } from '../announcement';
import type { FlowState, PrintFailureReason } from '../flow/flowTypes';
import { issuedTicket, madeUpPhone, officeOverview } from '../flow/testFixtures';
import { createI18n } from '../i18n';
import { voiceScriptFor } from './voiceScript';

/*
 * A ticket number is said once, with its word for "number" once: the spoken number carries that
 * word itself ("number one thousand and one", "천일번", "一千零一号", "số một nghìn…"), so a label
 * put before it ("Your number", "Số của bạn") made the voice say "Your number number …".
 */

const office = officeOverview(
  [{ id: 'resident', name: { ko: '주민등록', en: 'Resident registration', zh: '居民登记', vi: 'Đăng ký cư trú' }, waiting: 2, estimate: { kind: 'unknown' }, closedForToday: false, notOpen: null }],
  { ticketKinds: ['paper', 'mobile'] },
);
const ticket = issuedTicket(office.services[0]!, { displayNumber: '1001', peopleAhead: 2, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 } });
const { masked } = madeUpPhone(String(4000 + 321));
const printFailures: PrintFailureReason[] = [...printerStates, 'connection-lost', 'timeout'];

/** Every resident screen that holds an issued ticket, in every state it can be in. */
function screensWithATicket(language: Language): FlowState[] {
  const screens: FlowState[] = [
    { name: 'done', language, ticket },
    { name: 'cancelled', language, ticket },
  ];
  for (const reason of printFailures) {
    for (const pending of ['none', 'reprinting', 'cancelling'] as const) {
      for (const notice of ['none', 'reprint-failed', 'cancel-failed'] as const) screens.push({ name: 'printFailed', language, ticket, reason, pending, notice });
    }
    for (const pending of ['none', 'answering'] as const) {
      for (const notice of ['none', 'answer-failed'] as const) screens.push({ name: 'printUncertain', language, ticket, reason, pending, notice });
    }
    screens.push({ name: 'mobileDone', language, ticket, maskedPhone: masked, messagesMayBeLate: false, copyOffered: true, copy: { status: 'failed', reason } });
  }
  for (const messagesMayBeLate of [false, true]) {
    for (const copy of [{ status: 'none' }, { status: 'printing' }, { status: 'printed' }] as const) {
      screens.push({ name: 'mobileDone', language, ticket, maskedPhone: masked, messagesMayBeLate, copyOffered: true, copy });
    }
  }
  return screens;
}

/**
 * What is natural in each language, and the doubled forms that are not.
 * - en: "Your ticket is number one thousand and one." — never "number number", nor the label "Your number" before it.
 * - vi: "Số thứ tự của bạn là số một nghìn…" — "số" before the number is its word; never "số số", nor the
 *   label run into it ("Số của bạn số …", "bạn số" without "là").
 * - ko: "번호표 번호 천일번" — 번호 … 번 is how Korean says a number (대기 번호 천일번), not a doubling; doubled
 *   are "번호 번호" and 번 twice after the number ("천일번 번", "번호 천일 번호").
 * - zh: "您的号码是一千零一号" — 号码 … 号 is how Mandarin says it (请一千零一号到三号窗口); doubled are the label
 *   run into the number without 是 ("您的号码 一千零一号") and "号号".
 */
const naturally: Record<Language, { aloud: string; shown: string; doubled: RegExp[] }> = {
  en: { aloud: 'Your ticket is number one thousand and one.', shown: 'Your ticket is 1001.', doubled: [/\bnumber[\s,:]+number\b/i, /\byour number[\s,:]+(number|1001)\b/i] },
  vi: { aloud: 'Số thứ tự của bạn là số một nghìn không trăm linh một.', shown: 'Số thứ tự của bạn là 1001.', doubled: [/\bsố[\s,:]+số\b/i, /\bbạn[\s,:]+(số|1001)\b/i] },
  ko: { aloud: '번호표 번호 천일번.', shown: '번호표 번호 1001.', doubled: [/번호[\s,:]*번호(?!표)/, /천일번\s*번/, /1001\s*번/] },
  zh: { aloud: '您的号码是一千零一号。', shown: '您的号码是1001。', doubled: [/号码[\s,:：]*(一千零一|1001)/, /号\s*号/] },
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.each(languages)('a ticket number said in %s', (language) => {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const t = i18n.t.bind(i18n);
  const inWords = spokenTicketNumber('1001', language);
  const { aloud, shown, doubled } = naturally[language];
  /** The voice (through the speaker and into earphones), its short lines, and the screen reader's announcement. */
  const said = screensWithATicket(language).flatMap((state) => {
    const where = [state.name, ...Object.entries(state).flatMap(([key, value]) => (['pending', 'notice', 'reason', 'messagesMayBeLate'].includes(key) ? [`${key} ${String(value)}`] : key === 'copy' ? [`copy ${JSON.stringify(value)}`] : []))].join(', ');
    return [
      { where: `${where}; voice, speaker`, phrase: voiceScriptFor(state, t, 'speaker'), sentence: aloud },
      { where: `${where}; voice, earphones`, phrase: voiceScriptFor(state, t, 'earphones'), sentence: aloud },
      { where: `${where}; the voice's short line`, phrase: announcementFor(state, t, (n) => spokenTicketNumber(n, language)), sentence: aloud },
      { where: `${where}; screen reader`, phrase: announcementFor(state, t), sentence: shown },
    ];
  });
  const withTheNumber = said.filter(({ phrase }) => phrase.includes('1001') || phrase.includes(inWords));

  it('has phrases with the number to check', () => {
    expect(withTheNumber.length).toBeGreaterThan(100);
  });

  it.each(withTheNumber.map((case_) => [case_.where, case_] as const))('%s: the number once, in a natural sentence, its word not doubled', (_where, { phrase, sentence }) => {
    for (const pattern of doubled) expect(phrase).not.toMatch(pattern);
    expect(phrase).toContain(sentence);
    expect(occurrences(phrase, sentence === aloud ? inWords : '1001')).toBe(1);
  });
});

describe('one screen per language, word for word', () => {
  const i18n = createI18n();
  const inLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    return i18n.t.bind(i18n);
  };
  const printScreen = { ticket, reason: 'paper-out' as const, pending: 'none' as const, notice: 'none' as const };

  it('ko: the mobile done screen', () => {
    const t = inLanguage('ko');
    const state: FlowState = { name: 'mobileDone', language: 'ko', ticket, maskedPhone: masked, messagesMayBeLate: false, copyOffered: true, copy: { status: 'none' } };
    expect(announcementFor(state, t)).toBe('휴대폰 번호표가 발급되었습니다. 번호표 번호 1001. 카카오톡으로 순서를 알려 드립니다.');
    expect(announcementFor(state, t, (n) => spokenTicketNumber(n, 'ko'))).toBe('휴대폰 번호표가 발급되었습니다. 번호표 번호 천일번. 카카오톡으로 순서를 알려 드립니다.');
  });

  it('en: the print-failed screen', () => {
    const t = inLanguage('en');
    const state: FlowState = { name: 'printFailed', language: 'en', ...printScreen };
    expect(announcementFor(state, t)).toBe(
      'Your ticket could not be printed. The printer is out of paper. Your ticket is 1001. Your number has been issued. Please tell a staff member this number.',
    );
    expect(announcementFor(state, t, (n) => spokenTicketNumber(n, 'en'))).toBe(
      'Your ticket could not be printed. The printer is out of paper. Your ticket is number one thousand and one. Your number has been issued. Please tell a staff member this number.',
    );
  });

  it('zh: the print-uncertain screen', () => {
    const t = inLanguage('zh');
    const state: FlowState = { name: 'printUncertain', language: 'zh', ...printScreen, reason: 'connection-lost' };
    expect(announcementFor(state, t, (n) => spokenTicketNumber(n, 'zh'))).toBe(
      '号码牌打印出来了吗？您的号码是一千零一号。打印时与打印机的连接中断，无法确认号码牌是否已打印出来。请查看出纸口。',
    );
  });

  it('vi: the done screen', () => {
    const t = inLanguage('vi');
    const state: FlowState = { name: 'done', language: 'vi', ticket };
    expect(announcementFor(state, t)).toBe('Vui lòng lấy phiếu của bạn. Số thứ tự của bạn là 1001.');
    expect(announcementFor(state, t, (n) => spokenTicketNumber(n, 'vi'))).toBe('Vui lòng lấy phiếu của bạn. Số thứ tự của bạn là số một nghìn không trăm linh một.');
  });
});
