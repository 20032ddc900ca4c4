import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { officeConfigSchema, type OfficeConfig } from '../../../shared/office';

/** An office configuration provisioned by district IT as a JSON file; a bad file is refused with the reason. */
export function readOfficeFile(path: string): OfficeConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read office configuration ${path}: ${(error as Error).message}`);
  }
  const parsed = officeConfigSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Office configuration ${path} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
