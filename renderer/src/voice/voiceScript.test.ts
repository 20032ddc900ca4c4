import { describe, expect, it } from 'vitest';
import { spokenTicketNumber } from '../../../shared/spokenNumbers';
import type { FlowState } from '../flow/flowTypes';
import { issuedTicket, madeUpPhone, officeOverview } from '../flow/testFixtures';
import { createI18n } from '../i18n';
import { sentences } from '../sentences';
import { languagesSaid, voiceScriptFor } from './voiceScript';
import { adjustVoice, defaultVoiceSettings } from './voiceSettings';

const office = officeOverview(
  [
    { id: 'resident', name: { ko: '주민등록', en: 'Resident registration' }, waiting: 3, estimate: { kind: 'range', minMinutes: 10, maxMinutes: 15 }, closedForToday: false, notOpen: null },
    { id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 0, estimate: { kind: 'unknown' }, closedForToday: true, notOpen: null },
  ],
  { ticketKinds: ['paper', 'mobile'] },
);
const service = office.services[0]!;
const ticket = issuedTicket(service, { displayNumber: '1001', peopleAhead: 2, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 } });
const lastFour = String(4000 + 321);
const { phone } = madeUpPhone(lastFour);
const i18n = createI18n();
const t = i18n.t.bind(i18n);
const base = { language: 'ko' as const, office, service };

describe('what the voice says', () => {
  it('ends the start screen by naming the offered languages, each in itself and its own voice', () => {
    expect(voiceScriptFor({ name: 'start', language: 'ko' }, t, 'speaker')).toMatch(/언어를 고르세요\.$/);
    expect(languagesSaid(['ko', 'zh', 'vi'])).toEqual([
      { language: 'ko', text: '한국어.' },
      { language: 'zh', text: '中文。' },
      { language: 'vi', text: 'Tiếng Việt.' },
    ]);
  });

  it('reads every service with its waiting people and estimate in words', () => {
    expect(voiceScriptFor({ name: 'chooseService', language: 'ko', office }, t, 'speaker')).toBe(
      '원하시는 업무를 고르세요. 일번, 주민등록. 대기 세 명, 예상 대기 십 분에서 십오 분. 이번, 여권. 오늘 발급 마감.',
    );
  });

  it('says the number, the people ahead, the estimate and where to wait on the done screen', () => {
    expect(voiceScriptFor({ name: 'done', language: 'ko', ticket }, t, 'speaker')).toBe(
      '번호표를 가져가세요. 번호표 번호 천일번. 내 앞 대기 인원 두 명. 예상 대기 시간 오 분에서 십 분. ' +
        '대기석에서 기다리시다가, 전광판에 번호가 나오고 호출 안내가 들리면 안내하는 창구로 가세요.',
    );
  });

  it('reads the whole consent notice and says that phone digits are spoken only into earphones', () => {
    const said = voiceScriptFor({ name: 'mobileConsent', ...base }, t, 'speaker');
    for (const part of ['이용 목적', '수집 항목', '보유 기간', '거부할 권리', '이어폰을 꽂았을 때만']) expect(said).toContain(part);
  });

  it('speaks the typed digits only into earphones; through the speaker only how many', () => {
    const typing: FlowState = { name: 'phoneEntry', ...base, consented: true, typed: phone.slice(0, 5), problem: null };
    expect(voiceScriptFor(typing, t, 'speaker')).toBe('다섯 자리 입력했습니다.');
    expect(voiceScriptFor(typing, t, 'earphones')).toBe('입력한 번호: 공일공, 공공.');
    const confirm: FlowState = { name: 'mobileConfirm', ...base, consented: true, phone, maskedPhone: `010-****-${lastFour}` };
    const aloud = voiceScriptFor(confirm, t, 'speaker');
    expect(aloud).not.toMatch(/사삼이일|4321/);
    expect(aloud).toContain('스피커로는 읽지 않습니다');
    expect(voiceScriptFor(confirm, t, 'earphones')).toContain('입력한 번호는 공일공, 공공공공, 사삼이일입니다.');
  });

  it('says what went wrong and what to do next', () => {
    expect(voiceScriptFor({ name: 'error', language: 'ko', reason: { kind: 'service-closed' } }, t, 'speaker')).toBe(
      '오늘 발급이 마감되었습니다. 이 업무의 오늘 번호표 발급이 끝났습니다. 직원에게 문의해 주세요.',
    );
    expect(voiceScriptFor({ name: 'error', language: 'ko', reason: { kind: 'printer', problem: 'paper-out' } }, t, 'speaker')).toBe(
      '번호표가 발급되지 않았습니다. 프린터 용지가 떨어졌습니다. 직원에게 알려 주세요.',
    );
  });

  it('after a print that failed or may have failed, says the number and names both buttons', () => {
    const printScreen = { language: 'ko' as const, ticket, reason: 'connection-lost' as const, pending: 'none' as const, notice: 'none' as const };
    expect(voiceScriptFor({ name: 'printUncertain', ...printScreen }, t, 'speaker')).toBe(
      '번호표가 나왔나요? 번호표 번호 천일번. 출력 중에 프린터 연결이 끊겨 번호표가 나왔는지 알 수 없습니다. 출력구를 확인해 주세요. ' +
        '“네, 나왔습니다” 또는 “아니요, 안 나왔습니다” 중에서 고르세요.',
    );
    expect(voiceScriptFor({ name: 'printFailed', ...printScreen, notice: 'reprint-failed' }, t, 'speaker')).toBe(
      '다시 출력하지 못했습니다. 프린터 연결이 끊겼습니다. 번호표 번호 천일번. 번호는 발급되었습니다. 직원에게 이 번호를 알려 주세요. ' +
        '“다시 출력” 또는 “취소” 중에서 고르세요.',
    );
  });

  it.each([
    ['ko', '번호표를 가져가세요. 번호표 번호 천일번. 내 앞 대기 인원 두 명.', '번호표 번호 천일번. 앞에 기다리는 분이 없습니다. 예상 대기 시간'],
    ['en', 'Please take your ticket. Your ticket is number one thousand and one. People ahead of you: two people.', 'Your ticket is number one thousand and one. No one is ahead of you. Estimated wait'],
    ['zh', '请取走您的号码牌。您的号码是一千零一号。您前面还有两人。', '您的号码是一千零一号。您前面没有人等候。预计等候'],
    ['vi', 'Vui lòng lấy phiếu của bạn. Số thứ tự của bạn là số một nghìn không trăm linh một. Có hai người đang chờ trước bạn.', 'Số thứ tự của bạn là số một nghìn không trăm linh một. Không có ai đang chờ trước bạn. Thời gian chờ dự kiến'],
  ] as const)('%s: the done screen in whole sentences, numbers in words of the language; nobody ahead said so, not as "zero people"', (language, opening, nobodyAhead) => {
    void i18n.changeLanguage(language);
    const said = voiceScriptFor({ name: 'done', language, ticket }, i18n.t.bind(i18n), 'speaker');
    expect(said.startsWith(opening), said).toBe(true);
    expect(said).toContain(spokenTicketNumber('1001', language));
    expect(said).not.toMatch(/\d/);
    // "Có không người đang chờ trước bạn" is no Vietnamese, nor "zero people" English.
    expect(voiceScriptFor({ name: 'done', language, ticket: { ...ticket, peopleAhead: 0 } }, i18n.t.bind(i18n), 'speaker')).toContain(nobodyAhead);
    void i18n.changeLanguage('ko');
  });
});

describe('a service in the list with nobody waiting', () => {
  it.each([
    ['ko', '일번, 주민등록. 기다리는 분 없음, 예상 대기 알 수 없음.', '일번, 주민등록. 대기 세 명, 예상 대기'],
    ['en', 'Key one: Resident registration. No one waiting. Estimated wait: unknown.', 'Key one: Resident registration. Waiting: three people. Estimated wait'],
    ['zh', '一号键：居民登记。无人等候，预计等候', '一号键：居民登记。等候三人，预计等候'],
    ['vi', 'Phím một: Đăng ký cư trú. Không có ai đang chờ. Thời gian chờ dự kiến', 'Phím một: Đăng ký cư trú. Đang chờ: ba người. Thời gian chờ dự kiến'],
  ] as const)('%s: says so, not a count of zero people ("대기 영 명", "Waiting: zero people")', (language, nobodyWaiting, threeWaiting) => {
    void i18n.changeLanguage(language);
    const named = { ...service, name: { ko: '주민등록', en: 'Resident registration', zh: '居民登记', vi: 'Đăng ký cư trú' } };
    const listed = (waiting: number) =>
      voiceScriptFor({ name: 'chooseService', language, office: { ...office, services: [{ ...named, waiting, estimate: { kind: 'unknown' } }] } }, i18n.t.bind(i18n), 'speaker');
    expect(listed(0)).toContain(nobodyWaiting);
    expect(listed(3)).toContain(threeWaiting);
    void i18n.changeLanguage('ko');
  });
});

describe('the phone-entry hint, said', () => {
  it.each([
    ['ko', '숫자만 누르세요. 하이픈은 자동으로 입력됩니다.'],
    ['en', 'Just press the digits. Hyphens are added automatically.'],
    ['zh', '只需按数字，连字符会自动输入。'],
    ['vi', 'Chỉ cần nhấn các chữ số. Dấu gạch nối sẽ được thêm tự động.'],
  ] as const)('%s: names the hyphen in words, without the screen\'s “(-)”, which a voice may read as "minus"', (language, hint) => {
    void i18n.changeLanguage(language);
    const said = voiceScriptFor({ name: 'phoneEntry', ...base, language, consented: true, typed: '', problem: null }, i18n.t.bind(i18n), 'speaker');
    expect(said.endsWith(hint), said).toBe(true);
    expect(i18n.t('mobile.entryHint'), 'the screen keeps its “(-)”').toMatch(/[(（]-[)）]/);
    void i18n.changeLanguage('ko');
  });
});

describe('volume and rate keys', () => {
  it('step within their bounds', () => {
    let settings = defaultVoiceSettings;
    settings = adjustVoice(settings, 'volumeUp');
    expect(settings.volume).toBe(1);
    for (let i = 0; i < 10; i++) settings = adjustVoice(settings, 'volumeDown');
    expect(settings.volume).toBe(0.2);
    settings = adjustVoice(settings, 'slower');
    expect(settings.rate).toBe(0.8);
    for (let i = 0; i < 5; i++) settings = adjustVoice(settings, 'slower');
    expect(settings.rate).toBe(0.6);
    for (let i = 0; i < 10; i++) settings = adjustVoice(settings, 'faster');
    expect(settings.rate).toBe(1.6);
  });
});

describe('when a service opens again, said aloud', () => {
  it.each([
    ['ko', '지금은 이 업무의 번호표를 발급하지 않습니다. 삼월 이일 월요일 오후 한 시 삼십 분에 발급을 시작합니다.'],
    ['en', 'This service is not issuing tickets now. It opens Monday, the second of March, at one thirty p.m.'],
    ['zh', '该业务现在不发放号码牌。将于三月二日星期一，下午一点三十分开始发放。'],
    ['vi', 'Dịch vụ này hiện không cấp số thứ tự. Bắt đầu cấp số lúc một giờ ba mươi phút chiều, Thứ Hai ngày hai tháng ba.'],
  ] as const)('%s: the day and the time in words, after the title without saying "not issuing now" twice', (language, said) => {
    void i18n.changeLanguage(language);
    const state: FlowState = { name: 'error', language, reason: { kind: 'service-not-open', opensAt: '2026-03-02T04:30:00.000Z' } };
    const t = i18n.t.bind(i18n);
    expect(voiceScriptFor(state, t, 'speaker')).toBe(said);
    expect(voiceScriptFor({ ...state, reason: { kind: 'service-not-open', opensAt: null } }, t, 'speaker')).toBe(sentences(language, t('error.notOpenTitle')));
    void i18n.changeLanguage('ko');
  });

  it('says a service in the list that opens later in sentences, not with the screen\'s “·” between them', () => {
    const lunch = { ...service, notOpen: { reason: 'lunch' as const, opensAt: '2026-03-02T04:30:00.000Z' } };
    expect(voiceScriptFor({ name: 'chooseService', language: 'ko', office: { ...office, services: [lunch] } }, t, 'speaker')).toBe(
      '원하시는 업무를 고르세요. 일번, 주민등록. 지금은 발급하지 않습니다. 삼월 이일 월요일 오후 한 시 삼십 분에 발급을 시작합니다.',
    );
  });
});
