import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { settingRows } from '../settings/settingRows';

const OFFICE_KEY = 'office';

function storedOffice(db: Database): OfficeConfig | null {
  const stored = settingRows(db).read(OFFICE_KEY);
  return stored === undefined ? null : officeConfigSchema.parse(JSON.parse(stored));
}

function saveOffice(db: Database, office: OfficeConfig): void {
  const valid = officeConfigSchema.parse(office);
  settingRows(db).write(OFFICE_KEY, JSON.stringify(valid));
}

/** The office configuration in force; read on every use, so a saved change takes effect without a restart. */
export interface OfficeHolder {
  /** Throws SETUP_REQUIRED on a kiosk that has not been set up. */
  current(): OfficeConfig;
  configured(): boolean;
  replace(office: OfficeConfig): void;
}

/** Loads the stored office; `seed` (district IT's file, or the demo) is written only when none is stored yet. */
export function createOfficeHolder(db: Database, seed: OfficeConfig | undefined): OfficeHolder {
  let office = storedOffice(db);
  if (!office && seed) {
    saveOffice(db, seed);
    office = storedOffice(db);
  }
  return {
    current() {
      if (!office) throw new KioskError('SETUP_REQUIRED', 'This kiosk has not been set up yet');
      return office;
    },
    configured: () => office !== null,
    replace(next) {
      saveOffice(db, next);
      office = storedOffice(db);
    },
  };
}

export function findService(office: OfficeConfig, serviceId: string): ServiceConfig {
  const service = office.services.find((s) => s.id === serviceId);
  if (!service) throw new KioskError('UNKNOWN_SERVICE', `No service with id "${serviceId}"`);
  return service;
}
