import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if its binary was downloaded, else null. Reads the npm package's
 * path.txt instead of require('electron'), which would try (and here fail) to download it.
 */
export function electronBinaryPath(): string | null {
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    const executable = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), relative);
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

export const ELECTRON_MISSING_REASON =
  'Electron binary not installed on this machine (its download is not reachable here): the _electron run of the e2e specs is skipped; the same specs ran in Chromium through the bridge.';
