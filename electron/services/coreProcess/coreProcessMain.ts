import { join } from 'node:path';
import { LOG_FOLDER, openLogFiles } from '../../../nodeShared/logFiles';
import { createLogger } from '../../../nodeShared/logger';
import type { CoreMessage, MessagePipe } from './coreMessages';
import { serveCore } from './serveCore';

/** The slice of Electron's `process.parentPort` a utility process talks through (no 'electron' import here). */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/**
 * The core process's entry: an Electron utilityProcess (parentPort) in the kiosk, a Node child
 * process (process.send) under the test bridge. Same protocol, same core.
 */
function parentPipe(): MessagePipe<CoreMessage, unknown> {
  const parentPort = (process as { parentPort?: ParentPortLike | null }).parentPort;
  if (parentPort) {
    return {
      send(message, sent) {
        parentPort.postMessage(message);
        if (sent) setImmediate(sent);
      },
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  if (!process.send) throw new Error('The kiosk core must be started by the kiosk (utilityProcess or child_process.fork)');
  return { send: (message, sent) => process.send!(message, undefined, undefined, sent && (() => sent())), onMessage: (listener) => process.on('message', listener) };
}

// A core without its host (main gone) has no one to serve: stop rather than hold the database.
process.on('disconnect', () => process.exit(0));
serveCore(
  parentPipe(),
  {
    early: createLogger('sunbeon'),
    async open(dataDir) {
      const dir = join(dataDir, LOG_FOLDER);
      return { ...(await openLogFiles('sunbeon', dir)), dir };
    },
  },
  (code) => process.exit(code),
  // This file is built to out/main/coreProcess.js: the kiosk page it draws the start screen into is out/renderer.
  join(__dirname, '..'),
);
