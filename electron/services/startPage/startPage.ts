import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OfficeConfig } from '../../../shared/office';
import { startScreenOffice } from '../../../shared/startScreenOffice';
import { followOffice } from '../office/followOffice';
import { readOrEmpty, replaceFile } from '../replaceFile';

/** The start pages' folder under the kiosk's data folder (served for the kiosk page's `/`, staticFiles.ts). */
export const START_PAGE_DIR = 'start-page';
/** Where, in the built app (out/), the kiosk page is, and the module that draws its start screen (built by electron.vite.config.ts from renderer/src/startPage). */
const TEMPLATE = 'renderer/index.html';
const MARKUP_MODULE = 'startPage/startScreenMarkup.js';
const EMPTY_ROOT = '<div id="root"></div>';
/** What the page in the folder was drawn for: an unchanged office on an unchanged build is not drawn again at every start. */
const DRAWN_FOR = 'drawn-for.txt';

type StartScreenMarkup = (office: OfficeConfig) => string;

/**
 * The start page's file name for the built index.html `template`: named after the build, so a page
 * drawn for an earlier build (other script names) is never served with this one.
 */
export function startPageName(template: string): string {
  return `index-${createHash('sha256').update(template).digest('hex').slice(0, 16)}.html`;
}

/**
 * Draws the kiosk page with its start screen already in it: the built index.html (`appDir`, the
 * built out/ folder) with the office's start screen, drawn by the renderer's own components
 * (startScreenMarkup), in its empty root. The browser paints it before any script runs; the page's
 * scripts then mount the same screen over it (renderer/src/startKiosk.tsx). Without an office (a
 * kiosk still to be set up) there is no start page, and the plain index.html is served.
 */
export function writeStartPage(appDir: string, dataDir: string, office: OfficeConfig | null): void {
  const dir = join(dataDir, START_PAGE_DIR);
  if (!office) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const template = readFileSync(join(appDir, TEMPLATE), 'utf8');
  if (!template.includes(EMPTY_ROOT)) throw new Error(`${TEMPLATE} has no ${EMPTY_ROOT} to draw the start screen into`);
  const page = startPageName(template);
  const drawnFor = `${page}\n${JSON.stringify(startScreenOffice(office))}\n`;
  if (readOrEmpty(join(dir, DRAWN_FOR)) === drawnFor && existsSync(join(dir, page))) return;
  const module = join(appDir, MARKUP_MODULE);
  const { startScreenMarkup } = createRequire(module)(module) as { startScreenMarkup: StartScreenMarkup };
  mkdirSync(dir, { recursive: true });
  // A function, so a `$` in the office's names is not read as a replacement pattern.
  replaceFile(dir, page, template.replace(EMPTY_ROOT, () => `<div id="root">${startScreenMarkup(office)}</div>`));
  replaceFile(dir, DRAWN_FOR, drawnFor);
  for (const earlier of readdirSync(dir).filter((file) => file.endsWith('.html') && file !== page)) rmSync(join(dir, earlier), { force: true });
}

/** Draws the start page for the office in force (`inForce`: null while the kiosk is still to be set up) after each change (followOffice). */
export function startPageDrawer(appDir: string, dataDir: string, inForce: () => OfficeConfig | null, failed: (error: unknown) => void) {
  return followOffice(() => writeStartPage(appDir, dataDir, inForce()), failed);
}
