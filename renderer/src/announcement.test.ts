import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../shared/language';
import { spokenTicketNumber } from '../../shared/spokenNumbers';
import { announcementFor } from './announcement';
import { voiceScriptFor } from './voice/voiceScript';
import type { FlowState } from './flow/flowTypes';
import { createI18n } from './i18n';
import { issuedTicket, madeUpPhone, officeOverview } from './flow/testFixtures';

const office = officeOverview(
  [{ id: 'passport', name: { ko: '여권', en: 'Passport', zh: '护照', vi: 'Hộ chiếu' }, waiting: 0, estimate: { kind: 'unknown' }, closedForToday: false, notOpen: null }],
  { ticketKinds: ['paper', 'mobile'] },
);
const service = office.services[0]!;
const ticket = issuedTicket(service, { displayNumber: '3001' });
const lastFour = String(7000 + 89);
const { phone, masked: maskedPhone } = madeUpPhone(lastFour);

describe('what the kiosk announces in the mobile flow', () => {
  const i18n = createI18n();
  const t = i18n.t.bind(i18n);
  const base = { language: 'ko' as const, office, service };

  it('counts the typed digits and never speaks them (EN 301 549 §5.1.3)', () => {
    const typing: FlowState = { name: 'phoneEntry', ...base, consented: true, typed: phone, problem: null };
    expect(announcementFor(typing, t)).toBe('번호 입력 중, 11자리');
    const tooLong: FlowState = { ...typing, typed: `${phone}0`, problem: 'too-long' };
    expect(announcementFor(tooLong, t)).toBe('번호 입력 중, 12자리. 번호가 너무 깁니다. 지우기로 고쳐 주세요.');
    expect(announcementFor({ ...typing, typed: '' }, t)).toBe('휴대폰 번호를 입력하세요');
  });

  it('does not speak even the masked number', () => {
    const states: FlowState[] = [
      { name: 'mobileConfirm', ...base, consented: true, phone, maskedPhone },
      { name: 'mobileDone', language: 'ko', ticket, maskedPhone, messagesMayBeLate: true, copyOffered: true, copy: { status: 'none' } },
    ];
    for (const state of states) expect(announcementFor(state, t)).not.toContain(lastFour);
    expect(announcementFor(states[1]!, t)).toContain('3001');
  });
});

describe('every phrase a resident can hear, in every language', () => {
  const problems = ['paper-out', 'cover-open', 'offline', 'no-answer', 'error', 'unknown'] as const;
  const failures = ['paper-out', 'cover-open', 'offline', 'no-answer', 'error', 'connection-lost', 'timeout'] as const;
  const paperOnly = { ...office, ticketKinds: ['paper' as const] };
  const screens = (language: Language): FlowState[] => {
    const base = { language, office, service };
    const printScreen = { language, ticket, reason: 'timeout' as const, pending: 'none' as const, notice: 'none' as const };
    const mobileDone = { name: 'mobileDone' as const, language, ticket, maskedPhone, messagesMayBeLate: true, copyOffered: true };
    return [
      { name: 'loadingOffice', language },
      { name: 'chooseService', language, office },
      { name: 'chooseService', language, office: { ...office, services: [{ ...service, closedForToday: true }, { ...service, notOpen: { reason: 'lunch', opensAt: null } }] } },
      ...(['checking', 'ready'] as const).map((status): FlowState => ({ name: 'chooseTicket', ...base, printer: { status } })),
      ...problems.flatMap((problem): FlowState[] => [
        { name: 'chooseTicket', ...base, printer: { status: 'unavailable', problem } },
        { name: 'chooseTicket', ...base, office: paperOnly, printer: { status: 'unavailable', problem } },
        { name: 'error', language, reason: { kind: 'printer', problem } },
      ]),
      { name: 'printing', language, service },
      { name: 'done', language, ticket },
      ...failures.map((reason): FlowState => ({ name: 'printFailed', ...printScreen, reason })),
      { name: 'printFailed', ...printScreen, pending: 'reprinting' },
      { name: 'printFailed', ...printScreen, pending: 'cancelling' },
      { name: 'printFailed', ...printScreen, notice: 'reprint-failed' },
      { name: 'printFailed', ...printScreen, notice: 'cancel-failed' },
      { name: 'printUncertain', ...printScreen },
      { name: 'printUncertain', ...printScreen, pending: 'answering' },
      { name: 'printUncertain', ...printScreen, notice: 'answer-failed' },
      { name: 'cancelled', language, ticket },
      { name: 'error', language, reason: { kind: 'service-closed' } },
      { name: 'error', language, reason: { kind: 'service-not-open', opensAt: null } },
      { name: 'error', language, reason: { kind: 'generic' } },
      { name: 'mobileConsent', ...base },
      { name: 'phoneEntry', ...base, consented: true, typed: '', problem: null },
      ...(['too-short', 'too-long', 'not-mobile', 'invalid-characters'] as const).map(
        (problem): FlowState => ({ name: 'phoneEntry', ...base, consented: true, typed: '010', problem }),
      ),
      { name: 'mobileConfirm', ...base, consented: true, phone, maskedPhone },
      { name: 'mobileIssuing', ...base, consented: true },
      { name: 'mobileNotIssued', ...base, reason: 'duplicate' },
      { name: 'mobileNotIssued', ...base, reason: 'unavailable' },
      { name: 'mobileNotIssued', ...base, office: { ...office, ticketKinds: ['mobile'] }, reason: 'unavailable' },
      { ...mobileDone, copy: { status: 'none' } },
      { ...mobileDone, copy: { status: 'printing' } },
      { ...mobileDone, copy: { status: 'printed' } },
      ...failures.map((reason): FlowState => ({ ...mobileDone, copy: { status: 'failed', reason } })),
    ];
  };
  const i18n = createI18n();

  it.each(languages)('%s: a phrase for every resident screen, none of it a bare key or another language', (language) => {
    void i18n.changeLanguage(language);
    const t = i18n.t.bind(i18n);
    const announced = screens(language).map((state) => ({ state, phrase: announcementFor(state, t, (n) => spokenTicketNumber(n, language)) }));
    // The voice says more than the screen reader's announcement, through the speaker and into earphones.
    const voiced = [{ name: 'start', language } as const, ...screens(language)].flatMap((state) =>
      (['speaker', 'earphones'] as const).map((listening) => ({ state, phrase: voiceScriptFor(state, t, listening) })),
    );
    const said = [...announced, ...voiced];
    expect(said.length).toBeGreaterThan(150);
    for (const [index, { state, phrase }] of said.entries()) {
      const where = `${state.name} #${index}: ${phrase}`;
      expect(phrase.trim(), where).not.toBe('');
      expect(phrase, where).not.toMatch(/\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z-]+\b/);
      if (language !== 'ko') expect(phrase, where).not.toMatch(/\p{Script=Hangul}/u);
      if (language === 'zh') expect(phrase, where).toMatch(/\p{Script=Han}/u);    }
    // Numbers, counts and minutes are said in words, never read out digit by digit.
    for (const { state, phrase } of voiced) expect(phrase, `${state.name}: ${phrase}`).not.toMatch(/\d/);
    expect(announced.find(({ state }) => state.name === 'done')?.phrase).toContain(spokenTicketNumber('3001', language));
  });
});
