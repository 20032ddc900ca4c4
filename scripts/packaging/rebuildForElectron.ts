/** `npm run rebuild:electron`: better-sqlite3 for Electron's ABI, beside Node's build (see nativeBuilds.ts). */
import { rebuildSqliteForElectron } from './nativeBuilds';

rebuildSqliteForElectron().then(
  (addon) => console.log(`better-sqlite3 for Electron: ${addon} (Node's build left in place for vitest)`),
  (error: Error) => {
    console.error(`Rebuilding better-sqlite3 for Electron failed (it needs Electron's headers and a C++ toolchain): ${error.message}`);
    process.exit(1);
  },
);
