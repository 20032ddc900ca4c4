import { join } from 'node:path';
import { migrations } from '../../database/migrations';
import { openDatabase, type Database } from '../../database/openDatabase';
import { staticKeyProvider } from '../keyProviders';
import { migration004MobileContacts } from '../migration004MobileContacts';
import { createPhoneVault, type PhoneVault } from '../phoneVault';

export const TEST_DATABASE_FILE = 'k.db';

/** A real database file with the mobile-contact schema, whether or not the lead has registered its migration yet. */
export function openMobileTestDatabase(dir: string): Database {
  const db = openDatabase(join(dir, TEST_DATABASE_FILE));
  if (!migrations.includes(migration004MobileContacts)) migration004MobileContacts(db);
  return db;
}

export function testVault(keyByte = 7): PhoneVault {
  return createPhoneVault(staticKeyProvider(Buffer.alloc(32, keyByte)));
}

/** Test numbers are built here, never written out in a committed file. */
export function testPhone(lastFour = '5678'): string {
  return ['010', '1234', lastFour].join('');
}
