import { z } from 'zod';
import { officeConfigSchema, type OfficeConfig } from '../../../shared/office';
import { officeVersionSchema, type OfficeVersion } from '../../../shared/officeSettings';
import type { Database } from '../database/openDatabase';
import { settingRows } from '../settings/settingRows';

const VERSIONS_KEY = 'office-versions';
/** Enough to undo a bad week of edits; the audit log keeps every change's before and after for longer. */
export const KEPT_VERSIONS = 30;

const storedVersionsSchema = z.array(officeVersionSchema.extend({ office: officeConfigSchema }));
export type StoredOfficeVersion = OfficeVersion & { office: OfficeConfig };

/** The saved states of the office settings, newest first. */
export function officeVersions(db: Database): StoredOfficeVersion[] {
  const stored = settingRows(db).read(VERSIONS_KEY);
  return stored === undefined ? [] : storedVersionsSchema.parse(JSON.parse(stored));
}

/** Keeps `office` as the newest version; answers its number. Part of the caller's transaction. */
export function recordOfficeVersion(db: Database, office: OfficeConfig, meta: Omit<OfficeVersion, 'version'>): number {
  const kept = officeVersions(db);
  const version = (kept[0]?.version ?? 0) + 1;
  const next: StoredOfficeVersion[] = [{ version, ...meta, office }, ...kept].slice(0, KEPT_VERSIONS);
  settingRows(db).write(VERSIONS_KEY, JSON.stringify(next));
  return version;
}
