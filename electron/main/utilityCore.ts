import { utilityProcess } from 'electron';
import type { HostMessage } from '../services/coreProcess/coreMessages';
import type { SpawnCore } from '../services/coreProcess/coreHost';

/**
 * The kiosk core in an Electron utilityProcess: SQLite's fsyncs, the LAN server, sync and raster
 * rendering never run on main's thread, and a core that dies is started again by the host.
 */
export function utilityCoreProcess(entry: string): SpawnCore {
  return () => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Sunbeon core', stdio: 'inherit' });
    // Messages wait for the process to exist; after it exits they have nowhere to go.
    let queued: HostMessage[] | null = [];
    let alive = true;
    child.once('spawn', () => {
      for (const message of queued ?? []) child.postMessage(message);
      queued = null;
    });
    child.once('exit', () => (alive = false));
    return {
      get pid() {
        return child.pid;
      },
      send(message) {
        if (!alive) return;
        if (queued) queued.push(message);
        else child.postMessage(message);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
  };
}
