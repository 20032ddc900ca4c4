import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CUT_FOR, OFFICE_FONT_DIR } from './officeFaces';

/**
 * When the faces on disk were cut (ms since the epoch; null before the first cut): a kiosk page
 * opened before then loaded older faces and fetches these anew (renderer/src/styles/officeFaces.ts).
 * Read from the record a cut writes last, so the faces it names are already in place.
 */
export function officeFacesCutAt(dataDir: string): number | null {
  const record = statSync(join(dataDir, OFFICE_FONT_DIR, CUT_FOR), { throwIfNoEntry: false });
  return record ? Math.floor(record.mtimeMs) : null;
}
