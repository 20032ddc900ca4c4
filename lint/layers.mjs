import { builtinModules } from 'node:module';

/**
 * The layering of DESIGN.md as import bans, in the spirit of VS Code's code-layering rule:
 * renderer → shared; preload → shared (+ electron); main → services → shared.
 */
const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeOnly = ['better-sqlite3', '@napi-rs/canvas', 'iconv-lite', 'serialport', 'usb', 'fastify'];

const noElectron = { name: 'electron', message: "Only electron/main (and the preload's bridge) may import 'electron'." };
const noNode = (layer) => [...nodeModules, ...nodeOnly].map((name) => ({ name, message: `${layer} runs without Node: no '${name}'.` }));
const folderBan = (folder, message) => ({ group: [`**/${folder}`, `**/${folder}/**`], message });

export const layerRules = [
  {
    name: 'layers/shared',
    files: ['shared/**'],
    paths: [noElectron, ...noNode('shared/ (the contract)')],
    patterns: [
      folderBan('electron', 'shared/ is the bottom layer: it imports nothing of the app.'),
      folderBan('renderer', 'shared/ is the bottom layer: it imports nothing of the app.'),
      folderBan('server', 'shared/ is the bottom layer: it imports nothing of the app.'),
    ],
  },
  {
    name: 'layers/renderer',
    files: ['renderer/**'],
    paths: [noElectron, ...noNode('The renderer')],
    patterns: [
      folderBan('electron', 'The renderer reaches main only through window.sunbeon (the preload API).'),
      folderBan('server', 'The renderer does not import the district server.'),
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
    name: 'layers/everything-else',
    files: ['server/**', 'e2e/**', 'bench/**', 'scripts/**', 'lint/**'],
    paths: [noElectron],
    patterns: [],
  },
];

export function layerConfigs() {
  return layerRules.map(({ name, files, paths, patterns }) => ({
    name,
    files,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  }));
}
