import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { OfficeConfig } from '../../../shared/office';
import { OFFICE_SETTINGS_FILE_FORMAT, officeSettingsFileSchema } from '../../../shared/officeSettings';
import type { Failure } from '../../../shared/result';
import { KioskError } from '../kioskError';

/** JSON with object keys sorted at every level: the same content always gives the same text, whatever order a file lists it in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function integrityOf(content: { format: unknown; formatVersion: unknown; exportedAt: unknown; office: unknown }): string {
  const { format, formatVersion, exportedAt, office } = content;
  return `sha256:${createHash('sha256').update(canonicalJson({ format, formatVersion, exportedAt, office })).digest('hex')}`;
}

/** The settings file a second kiosk of the office imports: the office configuration and its integrity tag. */
export function officeSettingsFileText(office: OfficeConfig, exportedAt: string): string {
  const content = { format: OFFICE_SETTINGS_FILE_FORMAT, formatVersion: 1 as const, exportedAt, office };
  return `${JSON.stringify({ ...content, integrity: integrityOf(content) }, null, 2)}\n`;
}

function refuseFile(problem: NonNullable<Failure['settingsFileProblem']>, message: string): never {
  throw new KioskError('SETTINGS_FILE_REFUSED', message, { settingsFileProblem: problem });
}

/**
 * Reads an imported settings file, or refuses it with the reason: not JSON, not a Sunbeon settings
 * file, changed or damaged since export (the tag no longer matches), or not a valid office.
 */
export function readOfficeSettingsFile(text: string): OfficeConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuseFile('not-settings-file', 'This file is not a Sunbeon settings file (it is not JSON)');
  }
  const raw = json as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object' || raw.format !== OFFICE_SETTINGS_FILE_FORMAT) refuseFile('not-settings-file', 'This file is not a Sunbeon settings file');
  if (raw.integrity !== integrityOf(raw as Parameters<typeof integrityOf>[0])) refuseFile('changed-after-export', 'This settings file was changed or damaged after it was exported');
  const parsed = officeSettingsFileSchema.safeParse(raw);
  if (!parsed.success) refuseFile('invalid-settings', `This settings file does not hold valid settings:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.office;
}
