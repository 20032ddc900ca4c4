import { join } from 'node:path';
import { openDatabase, type Database } from '../../database/openDatabase';
import { staticKeyProvider } from '../keyProviders';
import { createPhoneVault, type PhoneVault } from '../phoneVault';

export const TEST_DATABASE_FILE = 'k.db';

export function openMobileTestDatabase(dir: string): Database {
  return openDatabase(join(dir, TEST_DATABASE_FILE));
}

export function testVault(keyByte = 7): PhoneVault {
  return createPhoneVault(staticKeyProvider(Buffer.alloc(32, keyByte)));
}

/** Test numbers are built here, never written out in a committed file. */
export function testPhone(lastFour = '5678'): string {
  return ['010', '1234', lastFour].join('');
}
