import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KIOSK_PAGE_HEADERS } from '../../electron/services/contentSecurityPolicy';
import { resolveKioskPageFile, resolveStaticFile } from '../../electron/services/staticFiles';

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer over 127.0.0.1 with the same CSP header as the app:// protocol in Electron;
 * given the kiosk's data folder, also the faces the core cut for the office's names, as Electron does.
 */
export async function serveStaticSite(rootDir: string, { port = 0, dataDir }: { port?: number; dataDir?: string } = {}): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const asset = dataDir ? await resolveKioskPageFile(rootDir, dataDir, pathname) : await resolveStaticFile(rootDir, pathname === '/' ? '/index.html' : pathname);
    if (!asset || request.method !== 'GET') {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(asset.file);
      response.writeHead(200, { 'content-type': asset.contentType, ...KIOSK_PAGE_HEADERS, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
