import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { readUpdateStatus, updateProgressRecorder, updateTrialFile } from './updateStatusFile';
import { installing, noTrial, starting, writeUpdateTrial } from './updateTrial';

const tempDir = useTempDirs();

describe('the update state main writes and the core reads', () => {
  it('is null on a kiosk whose updater never ran', () => {
    expect(readUpdateStatus(tempDir())).toBeNull();
  });

  it('follows electron-updater from the check to the install, keeping a downloaded version through a failed check', () => {
    const dataDir = tempDir();
    const progress = updateProgressRecorder(dataDir, () => '2026-03-02T01:00:00.000Z');
    progress.checking();
    progress.upToDate();
    expect(readUpdateStatus(dataDir)).toEqual({ phase: 'up-to-date', offeredVersion: null, lastCheckAt: '2026-03-02T01:00:00.000Z', lastOutcome: null, installedVersion: null });
    progress.downloading('1.3.0');
    progress.failed();
    expect(readUpdateStatus(dataDir)).toMatchObject({ phase: 'check-failed', offeredVersion: '1.3.0' });
    progress.downloaded('1.3.0');
    progress.failed();
    expect(readUpdateStatus(dataDir)).toMatchObject({ phase: 'downloaded', offeredVersion: '1.3.0' });
    progress.installing('1.3.0');
    expect(readUpdateStatus(dataDir)).toMatchObject({ phase: 'installing', offeredVersion: '1.3.0' });
  });

  it('carries a rollback the trial recorded, for the staff screen and the heartbeat', () => {
    const dataDir = tempDir();
    const at = '2026-03-02T18:00:00.000Z';
    // 1.3.0 failed twice, the kiosk reinstalled 1.2.0 and starts on it.
    const onTrial = { ...installing(noTrial, '1.2.0', '1.3.0'), trial: { from: '1.2.0', to: '1.3.0', failedStarts: 2, rollingBack: true } };
    writeUpdateTrial(updateTrialFile(dataDir), starting(onTrial, '1.2.0', at).state);
    expect(readUpdateStatus(dataDir)).toEqual({ phase: 'up-to-date', offeredVersion: null, lastCheckAt: null, lastOutcome: { kind: 'rolled-back', version: '1.3.0', at }, installedVersion: '1.2.0' });
  });

  it('carries the version the updater installed, so the district can tell a kiosk running another', () => {
    const dataDir = tempDir();
    writeUpdateTrial(updateTrialFile(dataDir), installing(noTrial, '1.2.0', '1.3.0'));
    expect(readUpdateStatus(dataDir)).toEqual({ phase: 'up-to-date', offeredVersion: null, lastCheckAt: null, lastOutcome: null, installedVersion: '1.3.0' });
  });
});
