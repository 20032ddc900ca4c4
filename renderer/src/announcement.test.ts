import { describe, expect, it } from 'vitest';
import { announcementFor } from './announcement';
import type { FlowState } from './flow/flowTypes';
import { createI18n } from './i18n';
import { issuedTicket, madeUpPhone, officeOverview } from './flow/testFixtures';

const office = officeOverview(
  [{ id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 0, estimate: { kind: 'unknown' }, closedForToday: false, notOpen: null }],
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
    expect(announcementFor(tooLong, t)).toBe('번호 입력 중, 12자리 번호가 너무 깁니다. 지우기로 고쳐 주세요.');
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
