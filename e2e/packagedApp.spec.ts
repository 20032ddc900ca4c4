import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, matchesGlob, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * What electron-builder packs is only what runs in the field: the `files` globs of
 * electron-builder.yml, applied to the build output (`out/`, made by `npm run build` before the
 * e2e suite), and the modules the main bundle loads at run time.
 */
const repo = join(__dirname, '..');
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;

function builderFileGlobs(): string[] {
  const yml = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
  const block = /^files:\n((?:[ \t]+-.*\n)+)/m.exec(yml);
  if (!block) throw new Error('electron-builder.yml has no files list');
  return block[1].split('\n').map((line) => line.replace(/^\s*-\s*/, '').replace(/^["']|["']$/g, '').trim()).filter(Boolean);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(repo, path)];
  });
}

function packagedFiles(): string[] {
  const globs = builderFileGlobs();
  const candidates = ['out', 'assets'].flatMap((dir) => filesUnder(join(repo, dir))).concat('package.json');
  return candidates.filter((file) => globs.some((glob) => !glob.startsWith('!') && matchesGlob(file, glob)) && !globs.some((glob) => glob.startsWith('!') && matchesGlob(file, glob.slice(1))));
}

const checkedOnce = () => test.skip(test.info().project.name !== 'bridge-chromium', 'the packaged file list is the same for every transport: checked once');

test('the packaged app holds the build output and fonts only: no tests, no dev tools, no sources', () => {
  checkedOnce();
  const files = packagedFiles();
  expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/main/coreProcess.js', 'out/preload/index.cjs', 'out/renderer/index.html']));
  expect(files.filter((file) => /\.(test|spec)\.|testSupport|(^|\/)(bench|e2e|tools|scripts|electron|server|nodeShared|shared)\//.test(file))).toEqual([]);
  expect(files.filter((file) => /\.tsx?$/.test(file))).toEqual([]);
  // Of the fonts only what the core reads at run time: the receipt's, and the Pretendard it cuts the office's faces from (the renderer's are in out/renderer).
  expect(files.filter((file) => file.startsWith('assets/')).sort()).toEqual([
    'assets/fonts/NotoSansSC-Bold.subset.otf',
    'assets/fonts/Pretendard-Bold.otf',
    'assets/fonts/Pretendard-Bold.ttf',
    'assets/fonts/Pretendard-Regular.ttf',
  ]);
  const bundles = files.filter((file) => file.endsWith('.js') || file.endsWith('.cjs'));
  const withVirtualPrinter = bundles.filter((file) => /startVirtualPrinter|EscPosStreamDecoder|ticketPreviewSvg/.test(readFileSync(join(repo, file), 'utf8')));
  expect(withVirtualPrinter).toEqual([]);
});

test('the main and core bundles load only Node, Electron and production dependencies at run time', () => {
  checkedOnce();
  // main's index.js, the core process's coreProcess.js and the chunks they share.
  const bundles = filesUnder(join(repo, 'out/main')).filter((file) => file.endsWith('.js'));
  expect(bundles).toEqual(expect.arrayContaining(['out/main/index.js', 'out/main/coreProcess.js']));
  // Not preceded by a name character or a dot: `session.require("manager")` is a method, not a module load.
  const loaded = new Set(
    bundles.flatMap((file) => [...readFileSync(join(repo, file), 'utf8').matchAll(/(?<![\w.$])(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)/g)].map((match) => match[1])),
  );
  const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
  const shipped = new Set([...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.optionalDependencies ?? {})]);
  const node = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const outside = [...loaded].filter((specifier) => !node.has(specifier) && specifier !== 'electron' && !shipped.has(packageOf(specifier)));
  expect(loaded.size).toBeGreaterThan(3);
  expect(outside).toEqual([]);
});
