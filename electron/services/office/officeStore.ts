import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';

const OFFICE_KEY = 'office';

/** Reads the office configuration, seeding it with `initial` on a kiosk's first start. */
export function loadOffice(db: Database, initial: OfficeConfig): OfficeConfig {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(OFFICE_KEY) as { value: string } | undefined;
  if (row) return officeConfigSchema.parse(JSON.parse(row.value));
  saveOffice(db, initial);
  return initial;
}

export function saveOffice(db: Database, office: OfficeConfig): void {
  const valid = officeConfigSchema.parse(office);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    OFFICE_KEY,
    JSON.stringify(valid),
  );
}

export function findService(office: OfficeConfig, serviceId: string): ServiceConfig {
  const service = office.services.find((s) => s.id === serviceId);
  if (!service) throw new KioskError('UNKNOWN_SERVICE', `No service with id "${serviceId}"`);
  return service;
}
