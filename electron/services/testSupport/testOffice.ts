import type { OfficeConfig } from '../../../shared/office';
import { demoOffice } from '../office/demoOffice';

/** The demo office with one large service, for tests that issue thousands of tickets. */
export const testOffice: OfficeConfig = {
  ...demoOffice,
  services: [...demoOffice.services, { id: 'bulk', name: { ko: '대량', en: 'Bulk' }, blockStart: 10_001, blockEnd: 99_999, dailyCap: 89_999 }],
};
