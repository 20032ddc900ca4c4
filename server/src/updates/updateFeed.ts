import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../../../nodeShared/logger';
import { DistrictProblem } from '../http/httpErrors';
import { authenticateKiosk } from '../http/kioskAuth';
import { updatesRouteLimit, type RateLimits } from '../http/rateLimits';
import type { DistrictStore } from '../store/districtStore';
import { parseRange, rangeAnswer } from './byteRanges';
import { channelFileFor, channelVersion, rolloutSchema, type Rollout } from './rollout';

/** electron-updater's channel files: latest.yml (Windows), latest-linux.yml (AppImage and deb). */
const CHANNEL_FILE = /^latest(-[a-z0-9]+)?\.yml$/;
const ROLLOUT_FILE = 'rollout.json';
const WINDOWS_CHANNEL = 'latest.yml';
const BINARY = 'application/octet-stream';

export interface UpdateFeed {
  /** The version the Windows channel file offers now; null without one. */
  publishedVersion(): Promise<string | null>;
}

/**
 * `GET /updates/<file>`: electron-updater's generic feed, served from the folder IT drops builds
 * into (channel files, installers, blockmaps, rollout.json). Kiosks ask with their own token, so the
 * server knows which kiosk asks and decides the staged rollout. Only a file that is in the folder by
 * that exact name is served: a request's path never reaches the file system.
 */
export function registerUpdateFeed(app: FastifyInstance, store: DistrictStore, dir: string, log: Logger, limits: RateLimits): UpdateFeed {
  /** The rollout of the release `yml` offers; null when IT wrote none. */
  async function rolloutOf(yml: string): Promise<Rollout | null> {
    const text = await readFile(join(dir, ROLLOUT_FILE), 'utf8').catch(() => null);
    if (text === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const parsed = rolloutSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    // Nobody is offered a release whose rollout IT got wrong: better late than everywhere at once.
    log.error(`${ROLLOUT_FILE} in the update folder is invalid, so no kiosk is offered the update: ${parsed.error.issues[0]?.message ?? 'not JSON'}`);
    return { version: channelVersion(yml) ?? '', percentage: 0, offices: [] };
  }

  app.get<{ Params: { file: string } }>('/updates/:file', { config: updatesRouteLimit(limits) }, async (request, reply) => {
    const kiosk = await authenticateKiosk(store, request);
    const { file } = request.params;
    const listed = file !== ROLLOUT_FILE && (await readdir(dir).catch((): string[] => [])).includes(file);
    const path = join(dir, file);
    if (!listed || !(await stat(path)).isFile()) throw new DistrictProblem(404, 'NOT_FOUND', 'No such file in the update feed');
    if (CHANNEL_FILE.test(file)) {
      const yml = await readFile(path, 'utf8');
      return reply.type('text/yaml; charset=utf-8').header('cache-control', 'no-store').send(channelFileFor(yml, await rolloutOf(yml), kiosk));
    }
    const { size } = await stat(path);
    reply.header('accept-ranges', 'bytes').header('cache-control', 'no-store');
    // electron-updater downloads only the blocks that changed (per the blockmaps), as byte ranges.
    const asked = parseRange(request.headers.range, size);
    if (asked.kind === 'unsatisfiable') return reply.code(416).header('content-range', `bytes */${size}`).send();
    if (asked.kind === 'ranges') {
      const answer = rangeAnswer(path, size, asked.ranges, BINARY);
      return reply.code(206).headers(answer.headers).send(answer.body);
    }
    return reply.type(BINARY).header('content-length', size).send(createReadStream(path));
  });

  return {
    async publishedVersion() {
      const yml = await readFile(join(dir, WINDOWS_CHANNEL), 'utf8').catch(() => null);
      return yml === null ? null : channelVersion(yml);
    },
  };
}
