import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LanRequestError } from './httpErrors';
import { resolveStaticFile } from '../staticFiles';

/** The counter page, the board and the manager page are built into `pagesDir` (the renderer build): counter/, board/, manager/ and assets/. */
export function registerPageRoutes(app: FastifyInstance, pagesDir: string): void {
  async function sendFile(reply: FastifyReply, rootDir: string, urlPath: string) {
    const found = await resolveStaticFile(rootDir, urlPath);
    if (!found) throw new LanRequestError(404, 'NOT_FOUND', 'No such page or asset');
    // An updated kiosk must never leave a board running yesterday's script.
    return reply.type(found.contentType).header('cache-control', 'no-cache').send(createReadStream(found.file));
  }

  app.get('/counter', (_request, reply) => sendFile(reply, pagesDir, 'counter/index.html'));
  app.get('/board', (_request, reply) => sendFile(reply, pagesDir, 'board/index.html'));
  app.get('/manager', (_request, reply) => sendFile(reply, pagesDir, 'manager/index.html'));
  // The raw path, not the route's decoded parameter: the resolver decodes once and checks what it decoded.
  app.get('/assets/*', (request, reply) => sendFile(reply, join(pagesDir, 'assets'), request.url.split('?')[0].slice('/assets/'.length)));
}
