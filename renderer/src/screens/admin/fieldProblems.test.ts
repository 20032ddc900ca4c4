import { describe, expect, it } from 'vitest';
import { officeConfigSchema } from '../../../../shared/office';
import { createI18n } from '../../i18n';
import { fieldProblems } from './fieldProblems';

const passport = { id: 'passport', name: { ko: '여권', en: 'Passport' }, blockStart: 4001, blockEnd: 4999, dailyCap: 999 };
const hours = { open: '18:00', close: '09:00', lunch: { start: '12:00', end: '25:00' } };
const broken = {
  officeName: { ko: '순번구청', en: 'Sunbeon-gu' },
  businessDayStartHour: 4,
  ticketNotice: { ko: '안내', en: 'Notice' },
  hours: { weekly: { mon: hours, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null }, holidays: ['2026/12/25'] },
  services: [passport, { ...passport, id: 'seal', name: { ko: '인감증명', en: 'Seal certificate' }, blockStart: 4500 }],
  counters: [{ id: 'desk-1', number: 1, serviceIds: ['no-such-service'] }],
};

function problemsIn(language: 'ko' | 'en'): ReadonlyMap<string, string> {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const checked = fieldProblems(officeConfigSchema, broken, (key, options) => i18n.t(key, options));
  if (checked.ok) throw new Error('the broken office passed its schema');
  return checked.problems;
}

describe('the office schema’s own rules on the setup and settings screens', () => {
  it('are said in the screen’s language, with the names they mention', () => {
    expect(Object.fromEntries(problemsIn('ko'))).toMatchObject({
      'hours.weekly.mon.close': '마감 시간은 여는 시간 뒤여야 합니다.',
      'hours.weekly.mon.lunch.end': '시간은 00:00부터 23:59까지, 시:분(HH:MM)으로 적습니다.',
      'hours.holidays.0': '휴일은 YYYY-MM-DD로 적습니다.',
      'services.1.blockStart': '번호 범위가 여권의 범위와 겹칩니다.',
      'counters.0.serviceIds.0': '"no-such-service" 업무가 없습니다.',
    });
    expect(Object.fromEntries(problemsIn('en'))).toMatchObject({
      'hours.weekly.mon.close': 'Closing must be after opening.',
      'services.1.blockStart': 'The number block overlaps Passport’s.',
    });
  });

  it('keep their English for API answers and logs', () => {
    const result = officeConfigSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(expect.arrayContaining(['closing must be after opening', 'a holiday is written YYYY-MM-DD']));
  });
});
