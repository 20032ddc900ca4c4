import type { DistrictStore } from './districtStore';
import { openPostgresStore } from './postgres/openPostgresStore';
import { openSqliteStore } from './sqlite/openSqliteStore';

/** Where the district's data lives: a PostgreSQL database when a URL is given (several instances may share it), else one SQLite file. */
export type StoreLocation = { databaseUrl: string } | { dbFile: string };

export async function openDistrictStore(location: StoreLocation): Promise<DistrictStore> {
  return 'databaseUrl' in location ? openPostgresStore(location.databaseUrl) : openSqliteStore(location.dbFile);
}
