import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OfficeOverview } from '../../../shared/ipc/contract';
import { useTempDirs } from '../testSupport/tempDir';
import { IDLE_BEFORE_INSTALL_MS, mayInstallNow } from './installWindow';
import { installTick } from './installTick';
import { restoreAppImage, wayBack } from './goingBack';
import { keepInstaller, keptInstaller } from './keptInstallers';
import { installing, noTrial, noWayBack, notTheInstalledVersion, readUpdateTrial, startedWell, starting, writeUpdateTrial, type UpdateTrial } from './updateTrial';

const tempDir = useTempDirs();

const LARGE_APPIMAGE_BYTES = 32 * 1024 * 1024;

/**
 * Runs a copy of a large AppImage with a timer ticking every millisecond, and answers how many ticks
 * found the copy's file part way (shorter than the whole): only a copy that leaves the event loop
 * free lets a timer fire mid-copy. Timed gaps between ticks would say the same less surely: on a
 * loaded machine a tick can wait as long as the copy takes.
 */
async function ticksWhileCopying(copyFile: string, copy: () => Promise<void>): Promise<number> {
  let ticks = 0;
  const ticker = setInterval(() => {
    if (existsSync(copyFile) && statSync(copyFile).size < LARGE_APPIMAGE_BYTES) ticks += 1;
  }, 1);
  try {
    await copy();
  } finally {
    clearInterval(ticker);
  }
  return ticks;
}

type Service = OfficeOverview['services'][number];
const service = (notOpen: Service['notOpen']): Pick<OfficeOverview, 'services'>['services'][number] => ({
  id: 's',
  name: { ko: '민원', en: 'Service' },
  waiting: 0,
  estimate: { kind: 'unknown' },
  closedForToday: false,
  notOpen,
});
const closed = (reason: NonNullable<Service['notOpen']>['reason']) => service({ reason, opensAt: null });
/** 19:00 and 03:00 Seoul on a weekday. */
const evening = Date.parse('2026-03-02T10:00:00Z');
const night = Date.parse('2026-03-02T18:00:00Z');
const untouched = (nowMs: number) => nowMs - IDLE_BEFORE_INSTALL_MS;

describe('when an update may be installed', () => {
  it('after closing, with the screen untouched for ten minutes', () => {
    const office = { services: [closed('after-closing'), closed('last-ticket-passed')] };
    expect(mayInstallNow({ nowMs: evening, office, lastInputMs: untouched(evening) })).toEqual({ install: true });
    expect(mayInstallNow({ nowMs: evening, office, lastInputMs: untouched(evening) + 1 })).toEqual({ install: false, reason: 'recent-input' });
  });

  it('never while a service is open, nor over lunch, nor while the core cannot say', () => {
    expect(mayInstallNow({ nowMs: evening, office: { services: [closed('after-closing'), service(null)] }, lastInputMs: 0 })).toEqual({ install: false, reason: 'office-open' });
    expect(mayInstallNow({ nowMs: evening, office: { services: [closed('lunch')] }, lastInputMs: 0 })).toEqual({ install: false, reason: 'office-open' });
    expect(mayInstallNow({ nowMs: evening, office: null, lastInputMs: 0 })).toEqual({ install: false, reason: 'core-unavailable' });
  });

  it('in an office without hours (always open), only in the night’s quiet hours', () => {
    const office = { services: [service(null)] };
    expect(mayInstallNow({ nowMs: night, office, lastInputMs: untouched(night) })).toEqual({ install: true });
    expect(mayInstallNow({ nowMs: evening, office, lastInputMs: untouched(evening) })).toEqual({ install: false, reason: 'office-open' });
  });
});

describe('an update on trial', () => {
  const at = '2026-03-02T18:00:00.000Z';
  /** Each start as the app makes it: read the file, decide, write the file back. */
  const start = (file: string, running: string) => {
    const { state, decision } = starting(readUpdateTrial(file), running, at);
    writeUpdateTrial(file, state);
    return decision;
  };

  it('stays once the new version started well', () => {
    const file = join(tempDir(), 'update-trial.json');
    writeUpdateTrial(file, installing(noTrial, '1.2.0', '1.3.0'));
    expect(start(file, '1.3.0')).toBe('on-trial');
    writeUpdateTrial(file, startedWell(readUpdateTrial(file), '1.3.0', at));
    expect(start(file, '1.3.0')).toBe('carry-on');
    expect(readUpdateTrial(file)).toEqual({ trial: null, outcome: { kind: 'confirmed', version: '1.3.0', at }, installed: '1.3.0' });
  });

  it('goes back after two starts in a row that never reached the start screen, and records that it did', () => {
    const file = join(tempDir(), 'update-trial.json');
    writeUpdateTrial(file, installing(noTrial, '1.2.0', '1.3.0'));
    expect(start(file, '1.3.0')).toBe('on-trial');
    // Crashed before startedWell: nothing was written, the next start counts it.
    expect(start(file, '1.3.0')).toBe('roll-back');
    expect(start(file, '1.2.0')).toBe('carry-on');
    expect(readUpdateTrial(file)).toEqual({ trial: null, outcome: { kind: 'rolled-back', version: '1.3.0', at }, installed: '1.2.0' });
  });

  it('notices an installer that never replaced the old version', () => {
    const state: UpdateTrial = installing(noTrial, '1.2.0', '1.3.0');
    expect(starting(state, '1.2.0', at)).toEqual({ state: { trial: null, outcome: { kind: 'install-failed', version: '1.3.0', at }, installed: '1.2.0' }, decision: 'carry-on' });
  });

  it('on a kiosk that cannot go back by itself, stays on trial and says IT must reinstall, once', () => {
    const file = join(tempDir(), 'update-trial.json');
    writeUpdateTrial(file, installing(noTrial, '1.2.0', '1.3.0'));
    start(file, '1.3.0');
    expect(start(file, '1.3.0')).toBe('roll-back');
    writeUpdateTrial(file, noWayBack(readUpdateTrial(file), at));
    expect(readUpdateTrial(file).outcome).toEqual({ kind: 'rollback-unavailable', version: '1.3.0', at });
    // Still failing: the same report, not a new one each start.
    expect(start(file, '1.3.0')).toBe('roll-back');
    expect(noWayBack(readUpdateTrial(file), '2026-03-03T18:00:00.000Z').outcome?.at).toBe(at);
    // IT reinstalls 1.2.0 by hand: the trial ends as rolled back, and 1.2.0 is what the kiosk should run.
    expect(start(file, '1.2.0')).toBe('carry-on');
    expect(readUpdateTrial(file)).toEqual({ trial: null, outcome: { kind: 'rolled-back', version: '1.3.0', at }, installed: '1.2.0' });
    expect(notTheInstalledVersion(readUpdateTrial(file), '1.2.0')).toBeNull();
  });

  it('tells a start on another version than the updater installed: an old AppImage started, a package downgraded, a third version', () => {
    const file = join(tempDir(), 'update-trial.json');
    expect(notTheInstalledVersion(readUpdateTrial(file), '1.2.0')).toBeNull();
    writeUpdateTrial(file, installing(noTrial, '1.2.0', '1.3.0'));
    start(file, '1.3.0');
    writeUpdateTrial(file, startedWell(readUpdateTrial(file), '1.3.0', at));
    expect(notTheInstalledVersion(readUpdateTrial(file), '1.3.0')).toBeNull();
    // Weeks later the kiosk starts on 1.2.0 again, with no trial to explain it.
    expect(start(file, '1.2.0')).toBe('carry-on');
    expect(notTheInstalledVersion(readUpdateTrial(file), '1.2.0')).toBe('1.3.0');
    // A version nobody installed through the updater replaces one on trial.
    writeUpdateTrial(file, installing(readUpdateTrial(file), '1.3.0', '1.4.0'));
    expect(start(file, '1.3.5')).toBe('carry-on');
    expect(readUpdateTrial(file).trial).toBeNull();
    expect(notTheInstalledVersion(readUpdateTrial(file), '1.3.5')).toBe('1.4.0');
  });

  it('reads a file written before the installed version was kept as none installed', () => {
    const file = join(tempDir(), 'update-trial.json');
    writeFileSync(file, JSON.stringify({ trial: null, outcome: { kind: 'confirmed', version: '1.3.0', at } }));
    expect(readUpdateTrial(file)).toEqual({ trial: null, outcome: { kind: 'confirmed', version: '1.3.0', at }, installed: null });
  });

  it('reads a missing or damaged file as no trial', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'damaged.json'), '{"trial":');
    expect(readUpdateTrial(join(dir, 'missing.json'))).toEqual(noTrial);
    expect(readUpdateTrial(join(dir, 'damaged.json'))).toEqual(noTrial);
  });
});

describe('kept installers', () => {
  it('keep this version’s and the previous one’s, to go back without the network', async () => {
    const downloads = tempDir();
    const kept = tempDir();
    const versions = ['1.1.0', '1.2.0', '1.3.0'];
    for (const [i, version] of versions.entries()) {
      const installer = join(downloads, `Sunbeon Setup ${version}.exe`);
      writeFileSync(installer, `installer ${version}`);
      await keepInstaller(kept, version, installer);
      // Distinct ages even on a file system with coarse timestamps.
      utimesSync(join(kept, version), i + 1, i + 1);
    }
    expect(keptInstaller(kept, '1.3.0')).toBe(join(kept, '1.3.0', 'Sunbeon Setup 1.3.0.exe'));
    expect(keptInstaller(kept, '1.2.0')).not.toBeNull();
    expect(keptInstaller(kept, '1.1.0')).toBeNull();
    expect(existsSync(join(kept, '1.1.0'))).toBe(false);
  });

  it('copy a large AppImage without holding up the main process, and never take a copy cut off part way for a kept one', async () => {
    const running = join(tempDir(), 'Sunbeon.AppImage');
    writeFileSync(running, Buffer.alloc(LARGE_APPIMAGE_BYTES, 7));
    const kept = tempDir();
    const ticksMidCopy = await ticksWhileCopying(join(kept, '1.2.0', 'Sunbeon.AppImage.partial'), () => keepInstaller(kept, '1.2.0', running));
    expect(ticksMidCopy).toBeGreaterThan(0);
    expect(statSync(keptInstaller(kept, '1.2.0')!).size).toBe(LARGE_APPIMAGE_BYTES);
    expect(readdirSync(join(kept, '1.2.0'))).toEqual(['Sunbeon.AppImage']);

    // A power cut mid-copy leaves only the partial file: there is no way back through it.
    mkdirSync(join(kept, '1.3.0'));
    writeFileSync(join(kept, '1.3.0', 'Sunbeon.AppImage.partial'), 'cut off');
    expect(keptInstaller(kept, '1.3.0')).toBeNull();
  });
});

/** Install steps whose waits the test ends by hand, recording what each tick asked and did. */
function steppedInstall() {
  const asked: Array<(allowed: boolean) => void> = [];
  const copies: Array<() => void> = [];
  const installed: string[] = [];
  let wayBackKept = false;
  const tick = installTick({
    downloaded: () => '1.3.0',
    mayInstall: () => new Promise<boolean>((answer) => asked.push(answer)),
    keepWayBack: () =>
      wayBackKept
        ? Promise.resolve(false)
        : new Promise<boolean>((copied) =>
            copies.push(() => {
              wayBackKept = true;
              copied(true);
            }),
          ),
    install: (update) => installed.push(update),
  });
  return { tick, asked, copies, installed };
}

describe('the install tick', () => {
  it('runs one at a time: a tick while another waits on the office or on the copy does nothing, so the update installs once', async () => {
    const { tick, asked, copies, installed } = steppedInstall();
    const first = tick();
    // Each step is asked for at once when a tick starts, so one that went ahead would show here.
    void tick();
    expect(asked).toHaveLength(1);
    asked[0](true);
    await vi.waitFor(() => expect(copies).toHaveLength(1));
    void tick();
    expect(asked).toHaveLength(1);
    copies[0]();
    // The copy took a while: the office is asked again, and a tick meanwhile still does nothing.
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    void tick();
    asked[1](true);
    await first;
    expect(installed).toEqual(['1.3.0']);
    expect(asked).toHaveLength(2);
  });

  it('installs nothing when someone came to the kiosk during the copy, and the next tick asks again', async () => {
    const { tick, asked, copies, installed } = steppedInstall();
    const first = tick();
    asked[0](true);
    await vi.waitFor(() => expect(copies).toHaveLength(1));
    copies[0]();
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    asked[1](false);
    await first;
    expect(installed).toEqual([]);
    // The way back is kept now: the next tick installs without copying again.
    const next = tick();
    asked[2](true);
    await next;
    expect(installed).toEqual(['1.3.0']);
    expect(copies).toHaveLength(1);
  });
});

describe('the way back from an update that failed to start twice', () => {
  const kept = { exe: 'C:/data/installers/1.2.0/Sunbeon Setup 1.2.0.exe', appImage: '/data/installers/1.2.0/Sunbeon.AppImage', deb: '/data/installers/1.2.0/sunbeon_1.2.0_amd64.deb' };

  it('runs the kept installer on Windows, puts the kept AppImage back on Linux, and has none for a .deb or without a kept installer', () => {
    expect(wayBack({ platform: 'win32', appImage: undefined, keptInstaller: kept.exe, previousVersion: '1.2.0' })).toEqual({ kind: 'run-installer', installer: kept.exe });
    expect(wayBack({ platform: 'linux', appImage: '/opt/sunbeon/Sunbeon.AppImage', keptInstaller: kept.appImage, previousVersion: '1.2.0' })).toEqual({
      kind: 'restore-appimage',
      keptAppImage: kept.appImage,
      appImage: '/opt/sunbeon/Sunbeon.AppImage',
    });
    expect(wayBack({ platform: 'linux', appImage: undefined, keptInstaller: kept.deb, previousVersion: '1.2.0' })).toMatchObject({ kind: 'none' });
    expect(wayBack({ platform: 'linux', appImage: '/opt/sunbeon/Sunbeon.AppImage', keptInstaller: null, previousVersion: '1.2.0' })).toEqual({
      kind: 'none',
      why: 'no installer of 1.2.0 is kept here',
    });
  });

  it('puts the old AppImage in the running one’s place, executable, leaving nothing beside it, without holding up the main process', async () => {
    const dir = tempDir();
    const running = join(dir, 'Sunbeon.AppImage');
    const old = join(dir, 'kept-1.2.0.AppImage');
    writeFileSync(running, 'AppImage 1.3.0');
    writeFileSync(old, Buffer.alloc(LARGE_APPIMAGE_BYTES, 2));
    const ticksMidCopy = await ticksWhileCopying(`${running}.rollback`, () => restoreAppImage(old, running));
    expect(ticksMidCopy).toBeGreaterThan(0);
    expect(readFileSync(running).equals(readFileSync(old))).toBe(true);
    expect(statSync(running).mode & 0o111).toBe(0o111);
    expect(existsSync(`${running}.rollback`)).toBe(false);
    expect(statSync(old).size).toBe(LARGE_APPIMAGE_BYTES);
  });
});
