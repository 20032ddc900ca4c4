import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

/** Maps a request path to a file inside `rootDir`, or null for anything that would escape it. */
export function resolveStaticAsset(rootDir: string, urlPath: string): { file: string; contentType: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const file = join(rootDir, relative);
  if (relative.startsWith('..') || !file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) return null;
  const contentType = contentTypes[extname(file).toLowerCase()];
  return contentType ? { file, contentType } : null;
}
