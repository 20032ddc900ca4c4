import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { URL } from 'node:url';

/**
 * The layering of DESIGN.md as import bans, in the spirit of VS Code's code-layering rule:
 * renderer → shared; preload → shared (+ electron); main → services → nodeShared → shared;
 * server → nodeShared → shared.
 */
const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeOnly = ['better-sqlite3', '@napi-rs/canvas', 'iconv-lite', 'serialport', 'usb', 'fastify'];

const noElectron = { name: 'electron', message: "Only electron/main (and the preload's bridge) may import 'electron'." };
const noNode = (layer) => [...nodeModules, ...nodeOnly].map((name) => ({ name, message: `${layer} runs without Node: no '${name}'.` }));
const folderBan = (folder, message) => ({ group: [`**/${folder}`, `**/${folder}/**`], message });
/** TypeScript's DOM library is on for the renderer, so only a lint rule keeps page globals out of Node code. */
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements'];

/**
 * What ships is only what runs in the field (electron-builder packs out/, built from these folders):
 * shipped code imports no dev tool (the virtual printer, e2e, bench, scripts) and no devDependency.
 * Tests and their support files are not shipped. 'electron' is a devDependency the runtime provides.
 */
const { devDependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
export const shippedFolders = ['electron', 'renderer', 'shared', 'nodeShared'];
export const notShipped = ['**/*.test.ts', '**/*.test.tsx', '**/testSupport/**'];
const shippedBans = {
  paths: Object.keys(devDependencies)
    .filter((name) => name !== 'electron' && !name.startsWith('@types/'))
    .map((name) => ({ name, allowTypeImports: true, message: `'${name}' is a devDependency: the packaged app does not have it.` })),
  patterns: ['tools', 'e2e', 'bench', 'scripts'].map((folder) => folderBan(folder, `${folder}/ is a dev tool and does not ship in the packaged app.`)),
};
const isShipped = (files) => files.every((glob) => shippedFolders.some((folder) => glob.startsWith(`${folder}/`)));

export const layerRules = [
  {
    name: 'layers/shared',
    files: ['shared/**'],
    paths: [noElectron, ...noNode('shared/ (the contract)')],
    patterns: [
      folderBan('electron', 'shared/ is the bottom layer: it imports nothing of the app.'),
      folderBan('renderer', 'shared/ is the bottom layer: it imports nothing of the app.'),
      folderBan('server', 'shared/ is the bottom layer: it imports nothing of the app.'),
      folderBan('nodeShared', 'shared/ is the bottom layer: it imports nothing of the app.'),
    ],
  },
  {
    name: 'layers/renderer',
    files: ['renderer/**'],
    paths: [noElectron, ...noNode('The renderer')],
    patterns: [
      folderBan('electron', 'The renderer reaches main only through window.sunbeon (the preload API).'),
      folderBan('server', 'The renderer does not import the district server.'),
      folderBan('nodeShared', 'nodeShared/ is Node-only: the renderer runs without Node.'),
    ],
  },
  {
    name: 'layers/preload',
    files: ['electron/preload/**'],
    paths: nodeModules.map((name) => ({ name, message: 'The preload is sandboxed: no Node modules.' })),
    patterns: [
      folderBan('main', 'The preload may import only shared/.'),
      folderBan('services', 'The preload may import only shared/.'),
      folderBan('renderer', 'The preload may import only shared/.'),
      folderBan('nodeShared', 'The preload may import only shared/.'),
    ],
  },
  {
    name: 'layers/services',
    files: ['electron/services/**'],
    paths: [noElectron],
    patterns: [
      folderBan('main', 'Services never depend on electron/main: main hands them their adapters.'),
      folderBan('preload', 'Services never depend on the preload.'),
      folderBan('renderer', 'Services never import the renderer.'),
    ],
  },
  {
    name: 'layers/main',
    files: ['electron/main/**'],
    paths: [],
    patterns: [folderBan('renderer', 'Main loads the renderer as a page, never as a module.'), folderBan('preload', 'Main loads the preload as a file, never as a module.')],
  },
  {
    name: 'layers/nodeShared',
    files: ['nodeShared/**'],
    paths: [noElectron],
    patterns: [
      folderBan('electron', 'nodeShared/ serves the kiosk and the district server alike: it imports neither.'),
      folderBan('renderer', 'nodeShared/ serves the kiosk and the district server alike: it imports neither.'),
      folderBan('server', 'nodeShared/ serves the kiosk and the district server alike: it imports neither.'),
    ],
    globals: domGlobals.map((name) => ({ name, message: `nodeShared/ runs in Node only: no '${name}'.` })),
  },
  {
    name: 'layers/server',
    files: ['server/**'],
    paths: [noElectron],
    patterns: [
      folderBan('electron', 'The district server shares code with the kiosk only through nodeShared/ and shared/.'),
      folderBan('renderer', 'The district server shares code with the kiosk only through nodeShared/ and shared/.'),
    ],
  },
  {
    name: 'layers/everything-else',
    files: ['e2e/**', 'bench/**', 'scripts/**', 'tools/**', 'lint/**'],
    paths: [noElectron],
    patterns: [],
  },
  {
    name: 'layers/bench',
    files: ['bench/**'],
    paths: [noElectron],
    patterns: [
      {
        // The bridge is how the kiosk runs without Electron (npm start too), not test support.
        group: ['**/testSupport', '**/testSupport/**', '**/e2e/*', '!**/e2e/bridge', '**/e2e/*/**', '!**/e2e/bridge/**'],
        message: 'bench/ measures what ships: it does not reach into e2e/ or any test support folder, the kiosk\'s or the server\'s (shared dev helpers live in tools/).',
      },
    ],
  },
];

/** Each layer's bans; for shipped layers a second config (one rule's options cannot merge across configs) adds the shipping bans outside tests. */
export function layerConfigs() {
  return layerRules.flatMap(({ name, files, paths, patterns, globals = [] }) => {
    const layer = {
      name,
      files,
      rules: {
        'no-restricted-imports': ['error', { paths, patterns }],
        ...(globals.length > 0 ? { 'no-restricted-globals': ['error', ...globals] } : {}),
      },
    };
    if (!isShipped(files)) return [layer];
    const shipped = {
      name: `${name}/shipped`,
      files,
      ignores: notShipped,
      rules: { 'no-restricted-imports': ['error', { paths: [...paths, ...shippedBans.paths], patterns: [...patterns, ...shippedBans.patterns] }] },
    };
    return [layer, shipped];
  });
}
