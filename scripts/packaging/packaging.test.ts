import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { harfBuzzWasmPath } from '../../electron/services/fonts/fontSubset';

const repo = join(__dirname, '../..');
const fusesHook = createRequire(__filename)('./applyFuses.cjs') as {
  kioskFuses: FuseConfig;
  afterPack: (context: unknown) => Promise<void>;
};
/** The top-level `key: value` scalars of electron-builder.yml (all these tests need). */
const builderConfig = Object.fromEntries(
  readFileSync(join(repo, 'electron-builder.yml'), 'utf8')
    .split('\n')
    .map((line) => /^(\w+):\s*(\S.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, key, value]) => [key, value]),
);
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('Electron fuses applied when packaging', () => {
  it('turns off Node entry points and turns on cookie encryption and ASAR-only, integrity-checked loading', () => {
    expect(fusesHook.kioskFuses).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('is electron-builder\'s afterPack hook', () => {
    expect(builderConfig.afterPack).toBe('./scripts/packaging/applyFuses.cjs');
    expect(createRequire(join(repo, 'package.json'))(builderConfig.afterPack).afterPack).toBe(fusesHook.afterPack);
  });

  const workDirs: string[] = [];
  afterEach(() => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('flips the fuse wire of the packed executable', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'sunbeon-fuses-'));
    workDirs.push(appOutDir);
    // A stand-in executable carrying Electron's fuse wire (sentinel, version 1, 8 fuses) with Electron's defaults.
    const electronDefaults = '10110001';
    writeFileSync(join(appOutDir, 'sunbeon'), Buffer.concat([Buffer.alloc(64, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from(electronDefaults), Buffer.alloc(64, 7)]));

    await fusesHook.afterPack({ electronPlatformName: 'linux', appOutDir, packager: { executableName: 'sunbeon' } });

    const wire = await getCurrentFuseWire(join(appOutDir, 'sunbeon'));
    const asText = Array.from({ length: 8 }, (_, fuse) => String.fromCharCode(wire[fuse as FuseV1Options] as number)).join('');
    // RunAsNode 0, cookies 1, NODE_OPTIONS 0, inspect 0, ASAR integrity 1, ASAR only 1; the last two are left as they were.
    expect(asText).toBe('01001101');
  });
});

describe('better-sqlite3 built for Electron where Electron runs, for Node where vitest runs', () => {
  it('has a rebuild command and puts Node\'s build back after packaging', () => {
    expect(packageJson.scripts['rebuild:electron']).toBe('tsx scripts/packaging/rebuildForElectron.ts');
    expect(packageJson.scripts.dist).toBe('npm run build && tsx scripts/packaging/packageKiosk.ts');
    expect(readFileSync(join(__dirname, 'packageKiosk.ts'), 'utf8')).toMatch(/keepingNodeAddon\(/);
  });

  it('lets electron-builder rebuild native modules for the packaged app', () => {
    expect(builderConfig.npmRebuild).toBe('true');
  });

  it('hands the Electron build to Electron when npm start runs the binary', () => {
    const startKiosk = readFileSync(join(repo, 'scripts/startKiosk.ts'), 'utf8');
    expect(startKiosk).toMatch(/SUNBEON_SQLITE_ADDON: sqliteAddon/);
    expect(readFileSync(join(repo, 'nodeShared/sqliteDatabase.ts'), 'utf8')).toMatch(/nativeBinding: process\.env\.SUNBEON_SQLITE_ADDON/);
  });
});

describe('files the core reads as plain files, unpacked from app.asar', () => {
  const { asarUnpack } = load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as { asarUnpack: string[] };
  const unpacked = (file: string) => asarUnpack.some((glob) => matchesGlob(file, glob));

  it("holds better-sqlite3's native addon and the fonts the core reads", () => {
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(['assets/fonts/Pretendard-Bold.otf', 'assets/fonts/Pretendard-Regular.ttf', 'assets/fonts/Pretendard-Bold.ttf'].filter((file) => !unpacked(file))).toEqual([]);
    expect(unpacked('out/main/coreProcess.js')).toBe(false);
  });

  it("holds HarfBuzz's wasm, at the path the core resolves it to", () => {
    expect(unpacked(relative(repo, harfBuzzWasmPath()))).toBe(true);
  });
});
