import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { OFFICE_FONT_DIR, OFFICE_FONT_PATH } from './fonts/officeFaces';

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
 * A file of the kiosk page: the built renderer's (`/` is its index.html), or under /office-fonts/ a
 * face the core cut for the office's names in the kiosk's data folder (fonts/officeFaces.ts).
 */
export function resolveKioskPageFile(rendererDir: string, dataDir: string, urlPath: string): Promise<StaticFile | null> {
  if (urlPath.startsWith(OFFICE_FONT_PATH)) return resolveStaticFile(join(dataDir, OFFICE_FONT_DIR), urlPath.slice(OFFICE_FONT_PATH.length - 1));
  return resolveStaticFile(rendererDir, urlPath === '/' ? '/index.html' : urlPath);
}
