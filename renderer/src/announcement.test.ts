import { describe, expect, it } from 'vitest';
import type { IssuedTicket, OfficeOverview } from '../../shared/ipc/contract';
import { announcementFor } from './announcement';
import type { FlowState } from './flow/flowMachine';
import { createI18n } from './i18n';

const office: OfficeOverview = {
  officeName: { ko: '종로구청 민원실', en: 'Jongno-gu Office' },
  businessDay: '2026-03-02',
  services: [{ id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 0, estimate: { kind: 'unknown' }, closedForToday: false }],
  ticketKinds: ['paper', 'mobile'],
  mobileConsentRequired: true,
};
const service = office.services[0]!;
const ticket: IssuedTicket = {
  id: '9b2f6c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d',
  serviceId: 'passport',
  serviceName: service.name,
  displayNumber: '3001',
  peopleAhead: 0,
  estimate: { kind: 'unknown' },
  issuedAt: '2026-03-02T09:00:00+09:00',
  businessDay: '2026-03-02',
};
// Made up at run time: 010-0000-xxxx is never a subscriber's number.
const lastFour = String(7000 + 89);
const phone = ['010', '0000', lastFour].join('');
const maskedPhone = `010-****-${lastFour}`;

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
