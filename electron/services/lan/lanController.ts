import { networkInterfaces } from 'node:os';
import type { LanStatus } from '../../../shared/ipc/contract';
import { writeTransaction, type Database } from '../database/openDatabase';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { settingRows } from '../settings/settingRows';
import type { AlertFeed } from './alertFeed';
import type { StaffSession } from '../kiosk/staffSession';
import { createLanServer, type LanServer } from './lanServer';
import type { LanLockoutName } from '../../../shared/staff';
import type { LockoutClocks } from '../staff/lockoutEnd';

const SETTINGS_KEY = 'lan_server';

export interface LanOptions {
  /** '0.0.0.0' on the office network; '127.0.0.1' for a demo on one machine. */
  host: string;
  port: number;
  /** The renderer build that holds counter/, board/ and assets/. */
  pagesDir: string;
}

export interface LanController {
  status(): LanStatus;
  /** Turns the server on or off and remembers the choice across restarts. */
  setEnabled(enabled: boolean): Promise<LanStatus>;
  /** Starts the server if staff turned it on earlier. */
  resume(): Promise<LanStatus>;
  /** Ends a revoked counter's open live event streams at once. */
  endCounterStreams(counterId: string): void;
  /** Staff lifted this lockout: the running server's per-address limit forgets its failures too. */
  forgetAddressFailures(lockout: LanLockoutName): void;
  close(): Promise<void>;
}

function savedEnabled(db: Database): boolean {
  const stored = settingRows(db).read(SETTINGS_KEY);
  return stored !== undefined ? (JSON.parse(stored) as { enabled: boolean }).enabled : false;
}

/** The addresses counters can reach: every IPv4 address of this machine when bound to all of them. */
function reachableHosts(host: string): string[] {
  if (host !== '0.0.0.0') return [host];
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

/** The LAN server is off until staff turn it on: a kiosk must not open a port nobody configured. */
export function createLanController(deps: {
  queue: QueueContext;
  lockoutClocks: LockoutClocks;
  changes: QueueChanges;
  alerts: AlertFeed;
  staff: StaffSession;
  log: Logger;
  options: LanOptions;
}): LanController {
  const { queue, lockoutClocks, changes, alerts, staff, log, options } = deps;
  let server: LanServer | null = null;
  let boundPort = options.port;
  let problem: string | undefined;

  const status = (): LanStatus => {
    const bases = server ? reachableHosts(options.host).map((host) => `http://${host}:${boundPort}`) : [];
    return {
      enabled: savedEnabled(queue.db),
      running: server !== null,
      counterPageUrls: bases.map((base) => `${base}/counter`),
      managerPageUrls: bases.map((base) => `${base}/manager`),
      boardUrls: bases.map((base) => `${base}/board`),
      ...(problem ? { problem } : {}),
    };
  };

  const start = async () => {
    if (server) return;
    const candidate = createLanServer({ queue, lockoutClocks, changes, alerts, staff, pagesDir: options.pagesDir, log });
    try {
      const { url } = await candidate.listen({ host: options.host, port: options.port });
      boundPort = Number(new URL(url).port);
      server = candidate;
      problem = undefined;
    } catch (error) {
      await candidate.close().catch(() => undefined);
      problem = `Cannot listen on port ${options.port}: ${(error as Error).message}`;
      log.error(problem);
    }
  };

  const stop = async () => {
    await server?.close();
    server = null;
  };

  return {
    status,
    async setEnabled(enabled) {
      writeTransaction(queue.db, () => settingRows(queue.db).write(SETTINGS_KEY, JSON.stringify({ enabled })));
      await (enabled ? start() : stop());
      return status();
    },
    async resume() {
      if (savedEnabled(queue.db)) await start();
      return status();
    },
    endCounterStreams(counterId) {
      server?.endCounterStreams(counterId);
    },
    forgetAddressFailures(lockout) {
      server?.forgetAddressFailures(lockout);
    },
    close: stop,
  };
}
