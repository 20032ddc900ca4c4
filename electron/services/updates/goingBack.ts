import { copyIntoPlace } from './copyIntoPlace';

/**
 * How this kiosk goes back to the version an update replaced, once the update failed to start twice:
 * - Windows (NSIS): run the kept installer of the old version silently; it starts the app again.
 * - Linux AppImage: the app is the one file `$APPIMAGE` names, which the updater replaced; putting the
 *   kept old AppImage back in its place and starting that file is the whole rollback.
 * - Anything else (a .deb needs root to downgrade; no installer kept, as after IT's first install):
 *   no way back by itself — the kiosk says so to staff and the district, and IT reinstalls.
 */
export type WayBack =
  | { kind: 'run-installer'; installer: string }
  | { kind: 'restore-appimage'; keptAppImage: string; appImage: string }
  | { kind: 'none'; why: string };

export function wayBack(options: { platform: NodeJS.Platform; appImage: string | undefined; keptInstaller: string | null; previousVersion: string }): WayBack {
  const { platform, appImage, keptInstaller, previousVersion } = options;
  if (!keptInstaller) return { kind: 'none', why: `no installer of ${previousVersion} is kept here` };
  if (platform === 'win32') return { kind: 'run-installer', installer: keptInstaller };
  if (platform === 'linux' && appImage && keptInstaller.endsWith('.AppImage')) return { kind: 'restore-appimage', keptAppImage: keptInstaller, appImage };
  return { kind: 'none', why: `a ${platform} package cannot be downgraded without an administrator` };
}

/**
 * Copied beside the running AppImage and renamed over it: a power cut leaves the new file or the old
 * one whole. The copy (about 100 MB) runs off the main thread.
 */
export async function restoreAppImage(keptAppImage: string, appImage: string): Promise<void> {
  await copyIntoPlace(keptAppImage, appImage, `${appImage}.rollback`, 0o755);
}
