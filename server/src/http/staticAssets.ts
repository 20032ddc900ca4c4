import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const publicDir = join(__dirname, '../../public');

/** A fixed list read once at start: no path from a request ever reaches the file system. */
const assets = [
  { name: 'status.js', type: 'text/javascript; charset=utf-8' },
  { name: 'status.css', type: 'text/css; charset=utf-8' },
];

export function registerStaticAssets(app: FastifyInstance): void {
  for (const { name, type } of assets) {
    const body = readFileSync(join(publicDir, name));
    app.get(`/static/${name}`, (_request, reply) => reply.type(type).header('cache-control', 'public, max-age=300').send(body));
  }
}
