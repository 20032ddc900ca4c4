import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { app } from 'electron';
import { autoUpdater, type UpdateDownloadedEvent, type UpdateInfo } from 'electron-updater';
import type { Logger } from '../../nodeShared/logger';
import type { OfficeOverview } from '../../shared/ipc/contract';
import { restoreAppImage, wayBack } from '../services/updates/goingBack';
import { installTick } from '../services/updates/installTick';
import { mayInstallNow } from '../services/updates/installWindow';
import { keepInstaller, keptInstaller } from '../services/updates/keptInstallers';
import type { UpdateFeed } from '../services/updates/updateFeed';
import { updateProgressRecorder, updateTrialFile } from '../services/updates/updateStatusFile';
import { installing, noWayBack, notTheInstalledVersion, readUpdateTrial, startedWell, starting, writeUpdateTrial } from '../services/updates/updateTrial';

const CHECK_EVERY_MS = 60 * 60_000;
const INSTALL_CHECK_EVERY_MS = 60_000;

export interface UpdateWiring {
  dataDir: string;
  log: Logger;
  /** The feed of the district server linked now (`<serverUrl>/updates`, the kiosk's own token); null: no link, no check. */
  feed: () => UpdateFeed | null;
  /** The office as the core shows it now (null while the core restarts). */
  office: () => Promise<OfficeOverview | null>;
  lastInputMs: () => number;
}

const installersDir = (dataDir: string) => join(dataDir, 'installers');

/**
 * Before anything else starts: a version on trial that failed to start twice goes back to the one it
 * replaced (see wayBack), and a kiosk that cannot go back by itself says so to staff and the district.
 * Answers false when the app is quitting for the rollback; the caller waits for the answer before
 * starting anything else.
 */
export async function settleUpdateTrial(dataDir: string, log: Logger): Promise<boolean> {
  const running = app.getVersion();
  const nowIso = new Date().toISOString();
  const before = readUpdateTrial(updateTrialFile(dataDir));
  const { state, decision } = starting(before, running, nowIso);
  writeUpdateTrial(updateTrialFile(dataDir), state);
  if (state.outcome && state.outcome !== before.outcome) log.warn(`Update to ${state.outcome.version}: ${state.outcome.kind}`);
  const installed = notTheInstalledVersion(state, running);
  if (installed) log.warn(`Running ${running}, but the updater last installed ${installed}: the district sees the difference`);
  if (decision === 'on-trial') log.info(`Version ${running} is on trial until it reaches the start screen`);
  if (decision !== 'roll-back' || !state.trial) return true;
  const { from } = state.trial;
  const way = wayBack({ platform: process.platform, appImage: process.env.APPIMAGE, keptInstaller: keptInstaller(installersDir(dataDir), from), previousVersion: from });
  if (way.kind === 'none') {
    writeUpdateTrial(updateTrialFile(dataDir), noWayBack(state, nowIso));
    log.error(`Version ${running} failed to start twice and cannot go back to ${from} (${way.why}): IT must reinstall it`);
    return true;
  }
  log.error(`Version ${running} failed to start twice: going back to ${from}`);
  if (way.kind === 'run-installer') {
    // NSIS: /S silent, --force-run starts the app once installed.
    spawn(way.installer, ['/S', '--force-run'], { detached: true, stdio: 'ignore' }).unref();
    app.quit();
    return false;
  }
  await restoreAppImage(way.keptAppImage, way.appImage);
  app.relaunch({ execPath: way.appImage, args: process.argv.slice(1) });
  app.exit(0);
  return false;
}

/** The kiosk reached its start screen with its core up: the version on trial stays. */
export function confirmUpdate(dataDir: string): void {
  const file = updateTrialFile(dataDir);
  writeUpdateTrial(file, startedWell(readUpdateTrial(file), app.getVersion(), new Date().toISOString()));
}

/**
 * electron-updater against the district's feed: checks hourly, downloads in the background (it
 * verifies the SHA-512 from latest.yml and, on Windows, the installer's signature and publisher),
 * and installs only when mayInstallNow says the office is empty and the screen untouched.
 */
export function startUpdates(wiring: UpdateWiring): void {
  const { dataDir, log } = wiring;
  autoUpdater.logger = { info: (m) => log.info(`updater: ${String(m)}`), warn: (m) => log.warn(`updater: ${String(m)}`), error: (m) => log.error(`updater: ${String(m)}`) };
  autoUpdater.autoDownload = true;
  // Never on a quit we did not plan: only at the moment mayInstallNow allows.
  autoUpdater.autoInstallOnAppQuit = false;

  const progress = updateProgressRecorder(dataDir);
  autoUpdater.on('checking-for-update', () => progress.checking());
  autoUpdater.on('update-not-available', () => progress.upToDate());
  autoUpdater.on('update-available', (info: UpdateInfo) => progress.downloading(info.version));
  let downloaded: UpdateDownloadedEvent | null = null;
  autoUpdater.on('update-downloaded', (info: UpdateDownloadedEvent) => {
    progress.downloaded(info.version);
    // Offered for installing once its copy is kept (or could not be): installing deletes the download.
    void keepInstaller(installersDir(dataDir), info.version, info.downloadedFile)
      .catch((error: unknown) => log.warn(`The installer of ${info.version} could not be kept (${error instanceof Error ? error.message : 'unknown error'})`))
      .finally(() => {
        downloaded = info;
        log.info(`Update ${info.version} downloaded; it installs once the office is closed and the kiosk idle`);
      });
  });
  autoUpdater.on('error', (error: Error) => {
    progress.failed();
    log.warn(`Update check failed: ${error.message}`);
  });

  const check = () => {
    // The manager may link the kiosk to another server, or give it a new secret, at any time.
    const feed = wiring.feed();
    if (!feed) return;
    autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
    autoUpdater.requestHeaders = { authorization: feed.authorization };
    void autoUpdater.checkForUpdates().catch(() => undefined);
  };
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
  const tick = installTick({
    downloaded: () => downloaded,
    mayInstall: async () => mayInstallNow({ nowMs: Date.now(), office: await wiring.office(), lastInputMs: wiring.lastInputMs() }).install,
    async keepWayBack() {
      // An AppImage is its own installer: keeping the running one lets even the first update go back.
      const appImage = process.env.APPIMAGE;
      if (!appImage || keptInstaller(installersDir(dataDir), app.getVersion())) return false;
      await keepInstaller(installersDir(dataDir), app.getVersion(), appImage);
      return true;
    },
    install(update) {
      writeUpdateTrial(updateTrialFile(dataDir), installing(readUpdateTrial(updateTrialFile(dataDir)), app.getVersion(), update.version));
      progress.installing(update.version);
      log.info(`Installing update ${update.version} (from ${app.getVersion()})`);
      autoUpdater.quitAndInstall(true, true);
    },
  });
  setInterval(() => {
    tick().catch((error: unknown) => log.warn(`Update not installed this time (${error instanceof Error ? error.message : 'unknown error'}); trying again later`));
  }, INSTALL_CHECK_EVERY_MS).unref();
}
