import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { settingRows } from '../settings/settingRows';

const OFFICE_KEY = 'office';

/** Reads the office configuration, seeding it with `initial` on a kiosk's first start. */
export function loadOffice(db: Database, initial: OfficeConfig): OfficeConfig {
  const stored = settingRows(db).read(OFFICE_KEY);
  if (stored !== undefined) return officeConfigSchema.parse(JSON.parse(stored));
  saveOffice(db, initial);
  return initial;
}

export function saveOffice(db: Database, office: OfficeConfig): void {
  const valid = officeConfigSchema.parse(office);
  settingRows(db).write(OFFICE_KEY, JSON.stringify(valid));
}

export function findService(office: OfficeConfig, serviceId: string): ServiceConfig {
  const service = office.services.find((s) => s.id === serviceId);
  if (!service) throw new KioskError('UNKNOWN_SERVICE', `No service with id "${serviceId}"`);
  return service;
}
