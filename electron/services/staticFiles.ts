import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { OFFICE_FONT_DIR, OFFICE_FONT_PATH } from './fonts/officeFaces';
import { START_PAGE_DIR, startPageName } from './startPage/startPage';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

function isInside(rootDir: string, file: string): boolean {
  const path = relative(rootDir, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/**
 * The regular file that a still-encoded URL path names inside `rootDir`, or null for anything
 * else: a path or a symlink leading out of it, a directory, a missing file, an unknown type.
 */
export async function resolveStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const contentType = contentTypes[extname(decoded).toLowerCase()];
  const file = resolve(rootDir, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (!contentType || decoded.includes('\0') || !isInside(rootDir, file)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return { file: realFile, contentType };
  } catch {
    return null;
  }
}

/**
 * The kiosk page itself: the start page the core drew for this build's index.html (startPage.ts),
 * or, until there is one (a kiosk still to be set up, a page being drawn), the built index.html.
 */
async function kioskPage(rendererDir: string, dataDir: string): Promise<StaticFile | null> {
  const built = await resolveStaticFile(rendererDir, '/index.html');
  if (!built) return null;
  return (await resolveStaticFile(join(dataDir, START_PAGE_DIR), startPageName(await readFile(built.file, 'utf8')))) ?? built;
}

/**
 * A file of the kiosk page: `/` and /index.html are the kiosk page (kioskPage), any other path the
 * built renderer's, and under /office-fonts/ a face the core cut for the office's names in the
 * kiosk's data folder (fonts/officeFaces.ts).
 */
export function resolveKioskPageFile(rendererDir: string, dataDir: string, urlPath: string): Promise<StaticFile | null> {
  if (urlPath === '/' || urlPath === '/index.html') return kioskPage(rendererDir, dataDir);
  if (urlPath.startsWith(OFFICE_FONT_PATH)) {
    // The core writes only faces there; whatever else the folder holds is never served as part of the page.
    if (extname(urlPath) !== '.ttf') return Promise.resolve(null);
    return resolveStaticFile(join(dataDir, OFFICE_FONT_DIR), urlPath.slice(OFFICE_FONT_PATH.length - 1));
  }
  return resolveStaticFile(rendererDir, urlPath);
}
