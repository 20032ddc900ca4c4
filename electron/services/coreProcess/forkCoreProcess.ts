import { fork } from 'node:child_process';
import type { Logger } from '../../../nodeShared/logger';
import type { SpawnCore } from './coreHost';

/**
 * The core in a Node child process, for the test bridge and tests: the same entry and messages as
 * Electron's utilityProcess, with Node's structured-clone serialisation like Electron's.
 * `execArgv` lets tests run the TypeScript entry through tsx.
 */
export function forkCoreProcess(entry: string, log: Logger, execArgv: string[] = []): SpawnCore {
  return () => {
    const child = fork(entry, [], { serialization: 'advanced', execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // Sending to a core that has just died fails; its exit (coming next) is what the host acts on.
    child.on('error', (error) => log.warn(`The kiosk core process: ${error.message}`));
    return {
      get pid() {
        return child.pid;
      },
      send(message) {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
