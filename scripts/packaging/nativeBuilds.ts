import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rebuild } from '@electron/rebuild';
import { version as electronVersion } from 'electron/package.json';

/**
 * better-sqlite3 is kept compiled twice: for Node's ABI where npm put it (vitest, the district server,
 * the bridge) and for Electron's beside it, which `npm start` hands to Electron (SUNBEON_SQLITE_ADDON).
 */
const repo = join(__dirname, '../..');
export const NODE_SQLITE_ADDON = join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
// Outside better-sqlite3's build/, which node-gyp cleans before every rebuild.
const keptBuilds = join(repo, 'node_modules/.cache/sunbeon-native');
export const ELECTRON_SQLITE_ADDON = join(keptBuilds, `better_sqlite3-electron-${electronVersion}.node`);

/** Runs `work`, which rebuilds node_modules for Electron in place, and puts Node's addon back afterwards, also when it fails. */
export async function keepingNodeAddon<T>(work: () => Promise<T>): Promise<T> {
  const saved = join(keptBuilds, 'better_sqlite3-node.node');
  mkdirSync(keptBuilds, { recursive: true });
  // A run stopped half-way (Ctrl+C) left Node's build here, and node_modules may now hold Electron's.
  if (!existsSync(saved)) copyFileSync(NODE_SQLITE_ADDON, saved);
  try {
    return await work();
  } finally {
    mkdirSync(dirname(NODE_SQLITE_ADDON), { recursive: true });
    renameSync(saved, NODE_SQLITE_ADDON);
  }
}

/** Compiles better-sqlite3 against the installed Electron's headers into ELECTRON_SQLITE_ADDON. */
export async function rebuildSqliteForElectron(): Promise<string> {
  // npm's `nodedir` (set on machines that build offline against Node's headers) would make node-gyp ignore Electron's.
  delete process.env.npm_config_nodedir;
  await keepingNodeAddon(async () => {
    await rebuild({ buildPath: repo, electronVersion, onlyModules: ['better-sqlite3'], force: true });
    copyFileSync(NODE_SQLITE_ADDON, ELECTRON_SQLITE_ADDON);
  });
  return ELECTRON_SQLITE_ADDON;
}
