import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../shared/office';
import type { OfficeVersion } from '../../../shared/officeSettings';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { settingRows } from '../settings/settingRows';
import { recordOfficeVersion } from './officeVersions';

const OFFICE_KEY = 'office';

function storedOffice(db: Database): OfficeConfig | null {
  const stored = settingRows(db).read(OFFICE_KEY);
  return stored === undefined ? null : officeConfigSchema.parse(JSON.parse(stored));
}

export type OfficeSaveMeta = Omit<OfficeVersion, 'version'>;

/** The office configuration in force; read on every use, so a saved change takes effect without a restart. */
export interface OfficeHolder {
  /** Throws SETUP_REQUIRED on a kiosk that has not been set up. */
  current(): OfficeConfig;
  configured(): boolean;
  /** Saves `office` as the one in force and as a new version; answers the version number. */
  replace(office: OfficeConfig, meta: OfficeSaveMeta): number;
  /** Reads the stored office again (after a transaction that saved one was rolled back). */
  reload(): void;
}

/**
 * Loads the stored office; `seed` (district IT's file, or the demo) is written only when none is stored yet.
 * `inForce` hears the office in force at start and after every change (null while none is set up).
 */
export function createOfficeHolder(db: Database, seed: OfficeConfig | undefined, seededAt: () => string, inForce: (office: OfficeConfig | null) => void = () => {}): OfficeHolder {
  let office = storedOffice(db);
  const load = () => {
    office = storedOffice(db);
    inForce(office);
  };
  const replace = (next: OfficeConfig, meta: OfficeSaveMeta): number => {
    const valid = officeConfigSchema.parse(next);
    const version = writeTransaction(db, () => {
      settingRows(db).write(OFFICE_KEY, JSON.stringify(valid));
      return recordOfficeVersion(db, valid, meta);
    });
    load();
    return version;
  };
  if (!office && seed) replace(seed, { savedAt: seededAt(), actor: 'kiosk', reason: 'setup' });
  else inForce(office);
  return {
    current() {
      if (!office) throw new KioskError('SETUP_REQUIRED', 'This kiosk has not been set up yet');
      return office;
    },
    configured: () => office !== null,
    replace,
    reload: load,
  };
}

export function findService(office: OfficeConfig, serviceId: string): ServiceConfig {
  const service = office.services.find((s) => s.id === serviceId);
  if (!service) throw new KioskError('UNKNOWN_SERVICE', `No service with id "${serviceId}"`);
  return service;
}
