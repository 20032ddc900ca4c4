import type { OfficeConfig } from '../../../shared/office';

/** The embedded demo configuration: what a fresh kiosk starts with until staff configure it. */
export const demoOffice: OfficeConfig = {
  officeName: { ko: '순번구청 민원실', en: 'Sunbeon-gu Office, Civil Affairs', zh: '顺番区政府 办事大厅', vi: 'Phòng tiếp dân quận Sunbeon' },
  businessDayStartHour: 4,
  ticketNotice: {
    ko: '번호가 불리면 안내된 창구로 오세요',
    en: 'Please go to the counter shown when your number is called',
    zh: '叫到您的号码时，请前往所示窗口',
    vi: 'Khi số của bạn được gọi, xin mời đến quầy được chỉ dẫn',
  },
  services: [
    { id: 'resident-registration', defaultServiceMinutes: 4, name: { ko: '주민등록 등·초본', en: 'Resident registration', zh: '居民登记誊本·抄本', vi: 'Bản sao đăng ký cư trú' }, blockStart: 1001, blockEnd: 1999, dailyCap: 999 },
    { id: 'family-relations', defaultServiceMinutes: 5, name: { ko: '가족관계 증명', en: 'Family relations certificate', zh: '家庭关系证明', vi: 'Giấy chứng nhận quan hệ gia đình' }, blockStart: 2001, blockEnd: 2999, dailyCap: 999 },
    { id: 'seal-certificate', defaultServiceMinutes: 4, name: { ko: '인감증명', en: 'Seal certificate', zh: '印鉴证明', vi: 'Giấy chứng nhận con dấu' }, blockStart: 3001, blockEnd: 3999, dailyCap: 999 },
    { id: 'passport', defaultServiceMinutes: 12, name: { ko: '여권', en: 'Passport', zh: '护照', vi: 'Hộ chiếu' }, blockStart: 4001, blockEnd: 4999, dailyCap: 300 },
  ],
  counters: [
    { id: 'counter-1', number: 1, serviceIds: ['resident-registration', 'family-relations'] },
    { id: 'counter-2', number: 2, serviceIds: ['resident-registration', 'seal-certificate'] },
    { id: 'counter-3', number: 3, serviceIds: ['passport'] },
  ],
  calling: { starvationMinutes: 20, recallsBeforeNoShow: 2, recallMinIntervalSeconds: 10 },
  mobileConsentRequired: true,
  languages: ['ko', 'en', 'zh', 'vi'],
};
