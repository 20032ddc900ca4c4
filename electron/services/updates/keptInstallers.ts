import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** This version and the one before: enough to go back once, small enough for a kiosk's disk. */
const VERSIONS_KEPT = 2;

/**
 * The installers of the versions this kiosk ran, so a failed update can go back without the
 * network: electron-updater deletes its download once installed. The Windows version IT installed
 * by hand has none here, so its first update cannot be rolled back (the log and the district say
 * so); an AppImage keeps the running file itself just before its first update.
 */
export function keepInstaller(dir: string, version: string, installer: string): void {
  const folder = join(dir, version);
  mkdirSync(folder, { recursive: true });
  copyFileSync(installer, join(folder, basename(installer)));
  const versions = readdirSync(dir).sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs);
  for (const old of versions.slice(VERSIONS_KEPT)) rmSync(join(dir, old), { recursive: true, force: true });
}

export function keptInstaller(dir: string, version: string): string | null {
  try {
    const [file] = readdirSync(join(dir, version));
    return file ? join(dir, version, file) : null;
  } catch {
    return null;
  }
}
