import { describe, expect, it } from 'vitest';
import { newOfficeTemplate } from './commonServices';
import { counterConfigSchema, officeConfigSchema } from './office';
import { textIn } from './language';

const desk = { id: 'counter-1', number: 1, serviceIds: ['passport'] };

describe('counterConfigSchema desk schedule', () => {
  it('accepts a desk without a schedule and one with opening, early closing and a lunch turn', () => {
    expect(counterConfigSchema.parse(desk)).toEqual(desk);
    const scheduled = { ...desk, opensAt: '09:30', closesAt: '16:00', lunch: { start: '11:30', end: '12:30' } };
    expect(counterConfigSchema.parse(scheduled)).toEqual(scheduled);
  });

  it('rejects times that are not HH:MM and spans that end before they start', () => {
    expect(counterConfigSchema.safeParse({ ...desk, opensAt: '9:30' }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, closesAt: '24:00' }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, lunch: { start: '13:00', end: '12:00' } }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, opensAt: '17:00', closesAt: '09:00' }).success).toBe(false);
  });
});

describe('officeConfigSchema languages', () => {
  const office = officeConfigSchema.parse({ ...newOfficeTemplate, officeName: { ko: '종로구청 민원실', en: 'Jongno-gu Office' } });
  const problems = (config: object) => {
    const result = officeConfigSchema.safeParse(config);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('offers Korean and English when the office has not chosen', () => {
    expect(office.languages).toBeUndefined();
    expect(problems(office)).toEqual([]);
  });

  it('asks for every name in every offered language, and Korean always', () => {
    expect(problems({ ...office, languages: ['ko', 'en', 'zh'] })).toEqual(['officeName.zh: written in every offered language: zh is missing']);
    const services = office.services.map((service, index) => (index === 1 ? { ...service, name: { ko: service.name.ko, en: service.name.en } } : service));
    expect(problems({ ...office, officeName: { ...office.officeName, vi: 'Phòng tiếp dân' }, services, languages: ['ko', 'vi'] })).toEqual([
      'services.1.name.vi: written in every offered language: vi is missing',
    ]);
    expect(problems({ ...office, languages: ['en'] })).toContain('languages: Korean is always offered');
    expect(problems({ ...office, languages: ['ko', 'ko'] })).toContain('languages.1: this language is listed twice');
    expect(problems({ ...office, languages: ['ko', 'fr'] }).length).toBeGreaterThan(0);
  });

  it('accepts Chinese and Vietnamese once the office name is written in them (the common services already are)', () => {
    const named = { ...office, officeName: { ...office.officeName, zh: '钟路区政府 办事大厅', vi: 'Phòng tiếp dân quận Jongno' }, languages: ['ko', 'zh', 'vi', 'en'] };
    expect(problems(named)).toEqual([]);
    expect(textIn(named.officeName, 'vi')).toBe('Phòng tiếp dân quận Jongno');
    expect(textIn(office.officeName, 'zh')).toBe('종로구청 민원실');
  });
});
