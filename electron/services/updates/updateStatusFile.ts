import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateStatusSchema, type UpdateStatus } from '../../../shared/updateStatus';
import { readUpdateTrial, writeJsonWhole } from './updateTrial';

/**
 * Main runs the updater; the core shows its state on the staff screen and reports it to the
 * district. They share it through two small files in the data folder: main writes, the core reads.
 */
export const updateTrialFile = (dataDir: string) => join(dataDir, 'update-trial.json');
const progressFile = (dataDir: string) => join(dataDir, 'update-status.json');

export type UpdateProgress = Omit<UpdateStatus, 'lastOutcome' | 'installedVersion'>;

export function writeUpdateProgress(dataDir: string, progress: UpdateProgress): void {
  writeJsonWhole(progressFile(dataDir), progress);
}

/** The update state for the staff screen and the heartbeat; null on a kiosk whose updater never ran (npm start, no district). */
export function readUpdateStatus(dataDir: string): UpdateStatus | null {
  const { outcome, installed } = readUpdateTrial(updateTrialFile(dataDir));
  let progress: UpdateProgress | null = null;
  try {
    progress = updateStatusSchema.omit({ lastOutcome: true, installedVersion: true }).parse(JSON.parse(readFileSync(progressFile(dataDir), 'utf8')));
  } catch {
    // Not written yet, or written by a version that wrote it differently: only the trial file is known.
  }
  if (!progress && !outcome && installed === null) return null;
  return { ...(progress ?? { phase: 'up-to-date', offeredVersion: null, lastCheckAt: null }), lastOutcome: outcome, installedVersion: installed };
}

/** Main's side: each step of electron-updater written through at once, so a crash leaves the last one known. */
export function updateProgressRecorder(dataDir: string, nowIso: () => string = () => new Date().toISOString()) {
  let progress: UpdateProgress = { phase: 'up-to-date', offeredVersion: null, lastCheckAt: null };
  const set = (change: Partial<UpdateProgress>) => {
    progress = { ...progress, ...change };
    writeUpdateProgress(dataDir, progress);
  };
  return {
    checking: () => set({ lastCheckAt: nowIso() }),
    upToDate: () => set({ phase: 'up-to-date', offeredVersion: null }),
    downloading: (version: string) => set({ phase: 'downloading', offeredVersion: version }),
    downloaded: (version: string) => set({ phase: 'downloaded', offeredVersion: version }),
    installing: (version: string) => set({ phase: 'installing', offeredVersion: version }),
    /** The check or the download failed; a version already downloaded stays offered. */
    failed: () => set({ phase: progress.phase === 'downloaded' ? 'downloaded' : 'check-failed' }),
  };
}
