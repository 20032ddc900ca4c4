/** What one install tick does, step by step; main wires them to electron-updater and the core. */
export interface InstallSteps<Update> {
  /** The update downloaded and kept, ready to install; null while there is none. */
  downloaded(): Update | null;
  /** Whether installing now would disturb nobody (see mayInstallNow). */
  mayInstall(): Promise<boolean>;
  /** Keeps the way back when it is not kept yet (an AppImage keeps its running file); answers whether it copied anything. */
  keepWayBack(): Promise<boolean>;
  install(update: Update): void;
}

/**
 * The tick main runs every minute to install a downloaded update. A tick waits on the core (is the
 * office empty?) and perhaps on a 100 MB copy: one tick at a time, so two never copy at once nor
 * both install. A copy takes a while, so someone may have come to the kiosk meanwhile: asked again.
 */
export function installTick<Update>(steps: InstallSteps<Update>): () => Promise<void> {
  let inFlight = false;
  return async () => {
    const update = steps.downloaded();
    if (!update || inFlight) return;
    inFlight = true;
    try {
      if (!(await steps.mayInstall())) return;
      if ((await steps.keepWayBack()) && !(await steps.mayInstall())) return;
      steps.install(update);
    } finally {
      inFlight = false;
    }
  };
}
