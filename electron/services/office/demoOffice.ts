import type { OfficeConfig } from '../../../shared/office';

/** The embedded demo configuration: what a fresh kiosk starts with until staff configure it. */
export const demoOffice: OfficeConfig = {
  officeName: { ko: '순번구청 민원실', en: 'Sunbeon-gu Office, Civil Affairs' },
  businessDayStartHour: 4,
  ticketNotice: {
    ko: '번호가 불리면 안내된 창구로 오세요',
    en: 'Please go to the counter shown when your number is called',
  },
  services: [
    { id: 'resident-registration', name: { ko: '주민등록 등·초본', en: 'Resident registration' }, blockStart: 1001, blockEnd: 1999, dailyCap: 999 },
    { id: 'family-relations', name: { ko: '가족관계 증명', en: 'Family relations certificate' }, blockStart: 2001, blockEnd: 2999, dailyCap: 999 },
    { id: 'seal-certificate', name: { ko: '인감증명', en: 'Seal certificate' }, blockStart: 3001, blockEnd: 3999, dailyCap: 999 },
    { id: 'passport', name: { ko: '여권', en: 'Passport' }, blockStart: 4001, blockEnd: 4999, dailyCap: 300 },
  ],
};
