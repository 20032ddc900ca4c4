import { kioskChannelByMethod, type KioskChannel } from '../../../shared/ipc/channels';
import type { LanStatus } from '../../../shared/ipc/contract';
import { fail, type Envelope } from '../../../shared/result';
import type { Logger } from '../../../nodeShared/logger';
import type { KioskRoute } from '../ipc/kioskRoutes';
import type { SealedDistrict } from '../kiosk/sealedDistrict';
import type { ChooseExportFolder } from '../kiosk/logBundle';
import { coreMessageSchema, type CoreMessage, type CoreStart, type HostMessage, type TimeSetting } from './coreMessages';

/** A running core process as the host sees it: Electron's UtilityProcess or a Node ChildProcess behind one shape. */
export interface CoreProcess {
  readonly pid: number | undefined;
  send(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnCore = () => CoreProcess;

export type CoreState = 'starting' | 'ready' | 'restarting' | 'stopped';

export interface CoreHostOptions {
  spawn: SpawnCore;
  start: CoreStart;
  log: Logger;
  /** Main's folder picker for log exports (a USB stick); without one every export is cancelled. */
  chooseExportFolder?: ChooseExportFolder;
  /** Waits between restarts of a core that keeps stopping, doubling from the first to the last. */
  restartDelayMs?: { first: number; last: number };
}

export interface CoreHost {
  /** Resolves once the first core serves; rejects with its reason if it cannot start (a wrong printer address, office file, PIN). */
  readonly started: Promise<void>;
  /** The IPC route table main registers (and the bridge dispatches to): every channel forwarded to the core. */
  readonly routes: ReadonlyMap<KioskChannel, KioskRoute>;
  state(): CoreState;
  /** The LAN server as the latest core reported it when it became ready. */
  lanStatus(): LanStatus | null;
  /** The district link in force as the core last told it (secret sealed), for main's updater. */
  districtLink(): SealedDistrict | null;
  /** The running core's process id (tests kill it). */
  pid(): number | undefined;
  /** Resolves the next time a core becomes ready (after a restart). */
  nextReady(): Promise<void>;
  /** Only for a core started with `clockAt` or `machineAt`: moves its clocks. */
  setTime(time: TimeSetting): void;
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 5_000;
const noPicker: ChooseExportFolder = async () => null;
const DEFAULT_RESTART_DELAY_MS = { first: 250, last: 5_000 };

const restarting = (): Envelope<never> => fail('CORE_RESTARTING', 'The kiosk is getting ready again; try again in a moment');

/**
 * Main's end of the core process: forwards each call and matches the answer, and when the core
 * dies answers every open call with CORE_RESTARTING (it was never acknowledged: the resident
 * tries again) and starts a new core on the same data folder. Whatever the old core acknowledged
 * was committed to SQLite (synchronous=FULL) before its answer left, so a restart loses none of it.
 */
export function createCoreHost(options: CoreHostOptions): CoreHost {
  const { spawn, start, log } = options;
  const delays = options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
  let state: CoreState = 'starting';
  let child: CoreProcess | undefined;
  let childExited: Promise<void> = Promise.resolve();
  let lan: LanStatus | null = null;
  let district: SealedDistrict | null = null;
  let nextId = 1;
  let failedRestarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const readyWaiters: Array<() => void> = [];
  let settleStart: { resolve(): void; reject(error: Error): void } | undefined;
  const started = new Promise<void>((resolve, reject) => {
    settleStart = { resolve, reject };
  });

  function launch(): void {
    const current = spawn();
    child = current;
    childExited = new Promise((resolve) => current.onExit((code) => {
      resolve();
      onExit(current, code);
    }));
    current.onMessage((raw) => {
      const parsed = coreMessageSchema.safeParse(raw);
      if (parsed.success) onMessage(parsed.data);
      else log.error('The kiosk core sent a message the host does not understand');
    });
    current.send({ kind: 'start', options: start });
  }

  function onMessage(message: CoreMessage): void {
    switch (message.kind) {
      case 'ready':
        state = 'ready';
        lan = message.lan;
        failedRestarts = 0;
        settleStart?.resolve();
        settleStart = undefined;
        for (const waiter of readyWaiters.splice(0)) waiter();
        return;
      case 'startFailed':
        if (settleStart) {
          state = 'stopped';
          settleStart.reject(new Error(message.message));
          settleStart = undefined;
        } else {
          log.error(`The kiosk core could not start again: ${message.message}`);
        }
        return;
      case 'reply':
        pending.get(message.id)?.(message.envelope);
        pending.delete(message.id);
        return;
      case 'stopped':
        return;
      case 'districtLink':
        district = message.district;
        return;
      case 'chooseFolder': {
        const asking = child;
        void (options.chooseExportFolder ?? noPicker)()
          .catch((error: unknown) => {
            log.error(`The folder picker failed: ${error instanceof Error ? error.message : String(error)}`);
            return null;
          })
          .then((folder) => asking?.send({ kind: 'folderChosen', id: message.id, folder }));
        return;
      }
    }
  }

  function onExit(which: CoreProcess, code: number | null): void {
    if (which !== child) return;
    child = undefined;
    for (const answer of pending.values()) answer(restarting());
    pending.clear();
    if (state === 'stopped') return;
    if (settleStart) {
      state = 'stopped';
      settleStart.reject(new Error(`The kiosk core stopped while starting (exit code ${code ?? 'none'})`));
      settleStart = undefined;
      return;
    }
    state = 'restarting';
    const delay = Math.min(delays.last, delays.first * 2 ** failedRestarts);
    failedRestarts += 1;
    log.error(`The kiosk core stopped (exit code ${code ?? 'none'}); starting it again in ${delay} ms`);
    restartTimer = setTimeout(launch, delay);
  }

  function call(channel: KioskChannel, payload: unknown): Promise<Envelope<unknown>> {
    if (state !== 'ready' || !child) return Promise.resolve(restarting());
    const id = nextId++;
    const answer = new Promise<Envelope<unknown>>((resolve) => pending.set(id, resolve));
    child.send({ kind: 'call', id, channel, payload });
    return answer;
  }

  launch();
  return {
    started,
    routes: new Map(Object.values(kioskChannelByMethod).map((channel) => [channel, (payload: unknown) => call(channel, payload)] as const)),
    state: () => state,
    lanStatus: () => lan,
    districtLink: () => district,
    pid: () => child?.pid,
    nextReady: () => new Promise((resolve) => readyWaiters.push(resolve)),
    setTime(time) {
      child?.send({ kind: 'setTime', ...time });
    },
    async stop() {
      if (state === 'stopped' && !child) return;
      state = 'stopped';
      clearTimeout(restartTimer);
      const stopping = child;
      if (!stopping) return;
      stopping.send({ kind: 'stop' });
      const timeout = setTimeout(() => stopping.kill(), STOP_TIMEOUT_MS);
      await childExited;
      clearTimeout(timeout);
    },
  };
}
