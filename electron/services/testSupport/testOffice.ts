import type { OfficeConfig } from '../../../shared/office';
import { demoOffice } from '../office/demoOffice';

const PARALLEL_COUNTERS = 6;

/** The demo office with one large service and several counters on it, for tests that issue and call thousands of tickets. */
export const testOffice: OfficeConfig = {
  ...demoOffice,
  counters: Array.from({ length: PARALLEL_COUNTERS }, (_, i) => ({ id: `bulk-${i + 1}`, number: 11 + i, serviceIds: ['bulk'] })),
  services: [...demoOffice.services, { id: 'bulk', name: { ko: '대량', en: 'Bulk' }, blockStart: 10_001, blockEnd: 99_999, dailyCap: 89_999, defaultServiceMinutes: 5 }],
};
