import type { OfficeConfig, ServiceConfig } from './office';
import { typicalOfficeHours } from './officeHours';

/** The 민원 services most offices run: what a new office starts from, each editable. */
export const commonServices: readonly ServiceConfig[] = [
  { id: 'resident-registration', name: { ko: '주민등록 등·초본', en: 'Resident registration', zh: '居民登记誊本·抄本', vi: 'Bản sao đăng ký cư trú' }, blockStart: 1001, blockEnd: 1999, dailyCap: 999, defaultServiceMinutes: 4 },
  { id: 'family-relations', name: { ko: '가족관계 증명', en: 'Family relations certificate', zh: '家庭关系证明', vi: 'Giấy chứng nhận quan hệ gia đình' }, blockStart: 2001, blockEnd: 2999, dailyCap: 999, defaultServiceMinutes: 5 },
  { id: 'seal-certificate', name: { ko: '인감증명', en: 'Seal certificate', zh: '印鉴证明', vi: 'Giấy chứng nhận con dấu' }, blockStart: 3001, blockEnd: 3999, dailyCap: 999, defaultServiceMinutes: 4 },
  { id: 'passport', name: { ko: '여권', en: 'Passport', zh: '护照', vi: 'Hộ chiếu' }, blockStart: 4001, blockEnd: 4999, dailyCap: 300, defaultServiceMinutes: 12 },
  { id: 'move-in', name: { ko: '전입신고', en: 'Move-in report', zh: '迁入申报', vi: 'Khai báo chuyển đến' }, blockStart: 5001, blockEnd: 5999, dailyCap: 999, defaultServiceMinutes: 8 },
  { id: 'welfare', name: { ko: '복지 상담', en: 'Welfare consultation', zh: '福利咨询', vi: 'Tư vấn phúc lợi' }, blockStart: 6001, blockEnd: 6999, dailyCap: 200, defaultServiceMinutes: 15 },
];

/** The setup screen's starting point: the common services, two counters, weekday hours; the office name is for staff to type. */
export const newOfficeTemplate: OfficeConfig = {
  officeName: { ko: '', en: '' },
  businessDayStartHour: 4,
  ticketNotice: {
    ko: '번호가 불리면 안내된 창구로 오세요',
    en: 'Please go to the counter shown when your number is called',
    zh: '叫到您的号码时，请前往所示窗口',
    vi: 'Khi số của bạn được gọi, xin mời đến quầy được chỉ dẫn',
  },
  services: [...commonServices],
  counters: [
    { id: 'counter-1', number: 1, serviceIds: commonServices.map((s) => s.id) },
    { id: 'counter-2', number: 2, serviceIds: commonServices.map((s) => s.id) },
  ],
  calling: { starvationMinutes: 20, recallsBeforeNoShow: 2, recallMinIntervalSeconds: 10 },
  mobileConsentRequired: true,
  hours: typicalOfficeHours,
};
