import type { IssuedTicket, OfficeOverview } from '../../../shared/ipc/contract';
import { defaultKioskMount } from '../../../shared/kioskMount';

type ServiceOverview = OfficeOverview['services'][number];

/** The office as getOffice answers it, for the flow tests; each test names its own services. */
export function officeOverview(services: ServiceOverview[], overrides: Partial<OfficeOverview> = {}): OfficeOverview {
  return {
    officeName: { ko: '종로구청 민원실', en: 'Jongno-gu Office' },
    businessDay: '2026-03-02',
    services,
    ticketKinds: ['paper'],
    mobileConsentRequired: true,
    consentText: null,
    kioskMount: defaultKioskMount,
    languages: ['ko', 'en'],
    officeFacesCutAt: null,
    ...overrides,
  };
}

/** A ticket just issued for `service`. */
export function issuedTicket(service: ServiceOverview, overrides: Partial<IssuedTicket> = {}): IssuedTicket {
  return {
    id: '9b2f6c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d',
    serviceId: service.id,
    serviceName: service.name,
    displayNumber: '1004',
    peopleAhead: 0,
    estimate: { kind: 'unknown' },
    issuedAt: '2026-03-02T09:00:00+09:00',
    businessDay: '2026-03-02',
    ...overrides,
  };
}

/** Put together at run time, so no file holds a number: 010-0000-xxxx is never a subscriber's. */
export function madeUpPhone(lastFour: string): { phone: string; masked: string } {
  return { phone: ['010', '0000', lastFour].join(''), masked: `010-****-${lastFour}` };
}
