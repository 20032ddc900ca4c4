/**
 * `npm run dist`: electron-builder packs the installers; its npmRebuild compiles better-sqlite3 for
 * Electron in node_modules, so Node's build (vitest, the district server) is put back afterwards.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { keepingNodeAddon } from './nativeBuilds';

const repo = join(__dirname, '../..');
void keepingNodeAddon(async () =>
  spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit' }),
).then((result) => process.exit(result.status ?? 1));
