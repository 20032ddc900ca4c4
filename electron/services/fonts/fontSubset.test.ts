import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harfBuzzWasmPath, unpackedPath } from './fontSubset';

describe('a file electron-builder unpacks from app.asar', () => {
  it('is read beside the archive, in app.asar.unpacked', () => {
    expect(unpackedPath('/opt/Sunbeon/resources/app.asar/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm')).toBe(
      '/opt/Sunbeon/resources/app.asar.unpacked/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
    );
    expect(unpackedPath('C:\\Program Files\\Sunbeon\\resources\\app.asar\\node_modules\\harfbuzzjs\\dist\\harfbuzz-subset.wasm')).toBe(
      'C:\\Program Files\\Sunbeon\\resources\\app.asar.unpacked\\node_modules\\harfbuzzjs\\dist\\harfbuzz-subset.wasm',
    );
  });

  it('is left as it is outside an archive, or already unpacked', () => {
    for (const path of [
      '/work/sunbeon/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
      '/opt/Sunbeon/resources/app.asar.unpacked/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
      '/home/it/my.app.asar/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
      '/home/it/app.asarx/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
    ]) {
      expect(unpackedPath(path)).toBe(path);
    }
  });
});

describe("HarfBuzz's wasm", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is resolved from the core bundle in a packaged layout to its unpacked copy', () => {
    // The packed app's tree as Node resolves it: the core bundle under out/main, harfbuzzjs in node_modules.
    const resources = mkdtempSync(join(tmpdir(), 'sunbeon-asar-'));
    dirs.push(resources);
    const app = join(resources, 'app.asar');
    const harfbuzzjs = join(app, 'node_modules/harfbuzzjs');
    mkdirSync(join(harfbuzzjs, 'dist'), { recursive: true });
    mkdirSync(join(app, 'out/main'), { recursive: true });
    writeFileSync(join(harfbuzzjs, 'package.json'), JSON.stringify({ name: 'harfbuzzjs', exports: { './dist/*.wasm': './dist/*.wasm' } }));
    writeFileSync(join(harfbuzzjs, 'dist/harfbuzz-subset.wasm'), '');
    writeFileSync(join(app, 'out/main/coreProcess.js'), '');

    expect(harfBuzzWasmPath(join(app, 'out/main/coreProcess.js'))).toBe(join(resources, 'app.asar.unpacked/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'));
  });

  it('is resolved in place when the app runs from its sources', () => {
    expect(harfBuzzWasmPath()).toBe(join(__dirname, '../../../node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'));
  });
});
