import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { demoOffice } from '../office/demoOffice';
import { resolveKioskPageFile } from '../staticFiles';
import { useTempDirs } from '../testSupport/tempDir';
import { START_PAGE_DIR, startPageName, writeStartPage } from './startPage';

const tempDir = useTempDirs();
const renamed: OfficeConfig = { ...demoOffice, officeName: { ...demoOffice.officeName, ko: '햇빛동 행정복지센터' } };

/**
 * A built app (out/) of its own: an index.html, and in place of the renderer's module (built by
 * electron.vite.config.ts; the e2e startPage spec draws with the real one) a module that draws the
 * office's name and languages, and counts its calls in a file.
 */
function builtApp(scriptName = 'kiosk-A1.js'): string {
  const appDir = tempDir();
  mkdirSync(join(appDir, 'renderer'));
  mkdirSync(join(appDir, 'startPage'));
  writeFileSync(join(appDir, 'renderer', 'index.html'), `<html><head><script src="./assets/${scriptName}"></script></head><body>\n<div id="root"></div>\n</body></html>`);
  writeFileSync(
    join(appDir, 'startPage', 'startScreenMarkup.js'),
    `const { appendFileSync } = require('node:fs');
exports.startScreenMarkup = (office) => {
  appendFileSync(${JSON.stringify(join(appDir, 'calls'))}, '.');
  return '<p>' + office.officeName.ko + '</p>' + (office.languages ?? ['ko', 'en']).map((l) => '<button>' + l + '</button>').join('');
};`,
  );
  return appDir;
}

const pages = (dataDir: string) => readdirSync(join(dataDir, START_PAGE_DIR)).filter((file) => file.endsWith('.html'));
const draws = (appDir: string) => (existsSync(join(appDir, 'calls')) ? readFileSync(join(appDir, 'calls'), 'utf8').length : 0);

describe('writeStartPage', () => {
  it("draws the office's start screen into the built index.html's root, in a page named after that index.html", () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    writeStartPage(appDir, dataDir, { ...demoOffice, languages: ['ko', 'zh', 'vi'] });
    const template = readFileSync(join(appDir, 'renderer', 'index.html'), 'utf8');
    expect(pages(dataDir)).toEqual([startPageName(template)]);
    expect(readFileSync(join(dataDir, START_PAGE_DIR, startPageName(template)), 'utf8')).toBe(
      template.replace('<div id="root"></div>', '<div id="root"><p>순번구청 민원실</p><button>ko</button><button>zh</button><button>vi</button></div>'),
    );
  });

  it('draws again only when what the start screen shows or the build changed, and keeps only the page of the build in use', () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    writeStartPage(appDir, dataDir, demoOffice);
    const [first] = pages(dataDir);
    const drawnAt = statSync(join(dataDir, START_PAGE_DIR, first)).mtimeMs;
    // A service renamed: nothing on the start screen changed.
    writeStartPage(appDir, dataDir, { ...demoOffice, services: demoOffice.services.map((service) => ({ ...service, name: { ...service.name, ko: `${service.name.ko}!` } })) });
    expect(draws(appDir)).toBe(1);
    expect(statSync(join(dataDir, START_PAGE_DIR, first)).mtimeMs).toBe(drawnAt);
    writeStartPage(appDir, dataDir, renamed);
    expect(draws(appDir)).toBe(2);
    expect(readFileSync(join(dataDir, START_PAGE_DIR, first), 'utf8')).toContain('<p>햇빛동 행정복지센터</p>');
    // An update: another index.html, another page; the earlier build's page goes.
    writeFileSync(join(appDir, 'renderer', 'index.html'), readFileSync(join(appDir, 'renderer', 'index.html'), 'utf8').replace('kiosk-A1.js', 'kiosk-B2.js'));
    writeStartPage(appDir, dataDir, renamed);
    expect(draws(appDir)).toBe(3);
    expect(pages(dataDir)).toEqual([startPageName(readFileSync(join(appDir, 'renderer', 'index.html'), 'utf8'))]);
    expect(pages(dataDir)).not.toEqual([first]);
  });

  it("draws an office name with `$` as it is, not as a replacement pattern", () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    const name = "R$&D $` $' 센터";
    writeStartPage(appDir, dataDir, { ...demoOffice, officeName: { ...demoOffice.officeName, ko: name } });
    const template = readFileSync(join(appDir, 'renderer', 'index.html'), 'utf8');
    const page = readFileSync(join(dataDir, START_PAGE_DIR, startPageName(template)), 'utf8');
    expect(page).toContain(`<div id="root"><p>${name}</p>`);
    expect(page.split('<script').length).toBe(template.split('<script').length);
  });

  it('draws again a page gone from the folder, though the office and the build are unchanged', () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    writeStartPage(appDir, dataDir, demoOffice);
    const [page] = pages(dataDir);
    rmSync(join(dataDir, START_PAGE_DIR, page));
    writeStartPage(appDir, dataDir, demoOffice);
    expect(pages(dataDir)).toEqual([page]);
    expect(draws(appDir)).toBe(2);
  });

  it('a kiosk still to be set up has no start page', () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    writeStartPage(appDir, dataDir, demoOffice);
    writeStartPage(appDir, dataDir, null);
    expect(existsSync(join(dataDir, START_PAGE_DIR))).toBe(false);
  });

  it('refuses an index.html with no empty root to draw into', () => {
    const appDir = builtApp();
    writeFileSync(join(appDir, 'renderer', 'index.html'), '<html><body><div id="app"></div></body></html>');
    expect(() => writeStartPage(appDir, tempDir(), demoOffice)).toThrow('no <div id="root"></div>');
  });
});

describe("the kiosk page's / and /index.html", () => {
  it('are the start page drawn for this build, else the built index.html', async () => {
    const appDir = builtApp();
    const dataDir = tempDir();
    const rendererDir = join(appDir, 'renderer');
    const built = { file: join(rendererDir, 'index.html'), contentType: 'text/html; charset=utf-8' };
    expect(await resolveKioskPageFile(rendererDir, dataDir, '/')).toEqual(built);
    writeStartPage(appDir, dataDir, demoOffice);
    const drawn = { file: join(dataDir, START_PAGE_DIR, pages(dataDir)[0]), contentType: 'text/html; charset=utf-8' };
    for (const path of ['/', '/index.html']) expect(await resolveKioskPageFile(rendererDir, dataDir, path)).toEqual(drawn);
    // Updated, not yet drawn again: the page of the earlier build names scripts this one does not have.
    writeFileSync(built.file, readFileSync(built.file, 'utf8').replace('kiosk-A1.js', 'kiosk-B2.js'));
    expect(await resolveKioskPageFile(rendererDir, dataDir, '/')).toEqual(built);
  });
});
