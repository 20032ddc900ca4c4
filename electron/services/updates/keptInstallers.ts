import { readdirSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { copyIntoPlace } from './copyIntoPlace';

/** This version and the one before: enough to go back once, small enough for a kiosk's disk. */
const VERSIONS_KEPT = 2;
/** A copy under way (or cut off by a power cut): never taken for a kept installer. */
const PARTIAL = '.partial';

/**
 * The installers of the versions this kiosk ran, so a failed update can go back without the
 * network: electron-updater deletes its download once installed. The Windows version IT installed
 * by hand has none here, so its first update cannot be rolled back (the log and the district say
 * so); an AppImage keeps the running file itself just before its first update. The copy (about
 * 100 MB) runs off the main thread and is renamed into place only once whole.
 */
export async function keepInstaller(dir: string, version: string, installer: string): Promise<void> {
  const folder = join(dir, version);
  await mkdir(folder, { recursive: true });
  const kept = join(folder, basename(installer));
  await copyIntoPlace(installer, kept, `${kept}${PARTIAL}`);
  const versions = await readdir(dir);
  const ages = await Promise.all(versions.map(async (name) => ({ name, mtimeMs: (await stat(join(dir, name))).mtimeMs })));
  const newestFirst = ages.sort((a, b) => b.mtimeMs - a.mtimeMs).map(({ name }) => name);
  for (const old of newestFirst.slice(VERSIONS_KEPT)) await rm(join(dir, old), { recursive: true, force: true });
}

export function keptInstaller(dir: string, version: string): string | null {
  try {
    const file = readdirSync(join(dir, version)).find((name) => !name.endsWith(PARTIAL));
    return file ? join(dir, version, file) : null;
  } catch {
    return null;
  }
}
