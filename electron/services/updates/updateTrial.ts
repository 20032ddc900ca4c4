import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { updateOutcomeSchema } from '../../../shared/updateStatus';

/**
 * An installed update is on trial until the new version has started properly (its core up and its
 * window showing the start screen). A version that fails to get there twice in a row goes back to
 * the version it replaced. Kept as a small JSON file in the data folder, so it survives the crash
 * that it is there to notice.
 */
export const updateTrialSchema = z.object({
  trial: z.object({ from: z.string(), to: z.string(), failedStarts: z.number().int().nonnegative(), rollingBack: z.boolean() }).nullable(),
  /** What became of the last update, for the log, the staff screen and the district. */
  outcome: updateOutcomeSchema.nullable(),
  /** The version the updater last installed or went back to; a file written before this field reads as none. */
  installed: z.string().nullable().default(null),
});
export type UpdateTrial = z.infer<typeof updateTrialSchema>;

export const noTrial: UpdateTrial = { trial: null, outcome: null, installed: null };
/** The first start of a new version may fail for a passing reason; the second in a row is the version's fault. */
export const FAILED_STARTS_BEFORE_ROLLBACK = 2;

/** Just before the installer runs: the version we leave and the one we go to. */
export function installing(state: UpdateTrial, from: string, to: string): UpdateTrial {
  return { ...state, trial: { from, to, failedStarts: 0, rollingBack: false }, installed: to };
}

export type StartDecision = 'carry-on' | 'on-trial' | 'roll-back';

/**
 * At every start, before anything else. A start counts as failed until `startedWell` says otherwise,
 * so a crash (or a hang that IT ends) needs no code of its own to be counted.
 */
export function starting(state: UpdateTrial, running: string, nowIso: string): { state: UpdateTrial; decision: StartDecision } {
  const { trial } = state;
  if (!trial) return { state, decision: 'carry-on' };
  if (running === trial.from) {
    // Back on the old version: our rollback took, or the installer never replaced it.
    const kind = trial.rollingBack ? 'rolled-back' : 'install-failed';
    return { state: { trial: null, outcome: { kind, version: trial.to, at: nowIso }, installed: trial.from }, decision: 'carry-on' };
  }
  // A third version, installed by hand: `installed` still names the update, so the district sees the difference.
  if (running !== trial.to) return { state: { ...state, trial: null }, decision: 'carry-on' };
  const failedStarts = trial.failedStarts + 1;
  if (failedStarts >= FAILED_STARTS_BEFORE_ROLLBACK) return { state: { ...state, trial: { ...trial, failedStarts, rollingBack: true } }, decision: 'roll-back' };
  return { state: { ...state, trial: { ...trial, failedStarts } }, decision: 'on-trial' };
}

/** The new version reached the start screen: the update stays. */
export function startedWell(state: UpdateTrial, running: string, nowIso: string): UpdateTrial {
  if (state.trial?.to !== running) return state;
  return { trial: null, outcome: { kind: 'confirmed', version: running, at: nowIso }, installed: running };
}

/**
 * The version failed to start twice and this kiosk cannot go back by itself: it stays on trial (a
 * later good start still confirms it, IT reinstalling the old one reads as rolled back), and the
 * outcome tells the staff screen and the district that IT must act.
 */
export function noWayBack(state: UpdateTrial, nowIso: string): UpdateTrial {
  if (!state.trial || state.outcome?.kind === 'rollback-unavailable') return state;
  return { ...state, outcome: { kind: 'rollback-unavailable', version: state.trial.to, at: nowIso } };
}

/** The version the updater installed, when this kiosk runs another one (started from an old AppImage, a package downgraded by hand). */
export function notTheInstalledVersion(state: UpdateTrial, running: string): string | null {
  return state.installed !== null && state.installed !== running ? state.installed : null;
}

export function readUpdateTrial(file: string): UpdateTrial {
  try {
    return updateTrialSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return noTrial;
  }
}

export function writeUpdateTrial(file: string, state: UpdateTrial): void {
  writeJsonWhole(file, state);
}

/** Written whole and renamed into place: a power cut leaves the old file or the new one, never half of one. */
export function writeJsonWhole(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}
