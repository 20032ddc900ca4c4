import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './freePort';

const run = promisify(execFile);
const READY_WITHIN_MS = 30_000;

export interface PostgresCluster {
  /** A new, empty database on the cluster, as a connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Debian installs each PostgreSQL major under /usr/lib/postgresql/<major>/bin; the newest one wins. */
function postgresBinDir(): string {
  const configured = process.env.SUNBEON_POSTGRES_BIN;
  if (configured) return configured;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((major) => existsSync(join(root, major, 'bin', 'initdb'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(
      'PostgreSQL is not installed: no initdb under /usr/lib/postgresql/<major>/bin (or SUNBEON_POSTGRES_BIN). ' +
        "Run scripts/setup.sh, which installs Debian's postgresql package. The PostgreSQL tests never skip: CI must run them.",
    );
  }
  return join(root, newest, 'bin');
}

/** PostgreSQL refuses to run as root (and CI runs as root): the cluster then belongs to the postgres user, or nobody. */
async function clusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    try {
      const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
      return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    } catch {
      // No such user: try the next.
    }
  }
  throw new Error('Running as root, and neither a postgres nor a nobody user exists to own the throwaway PostgreSQL cluster');
}

/**
 * A throwaway PostgreSQL cluster: initdb in a temporary folder, as a non-root user, listening on
 * 127.0.0.1 on a free port, durability off (it is deleted afterwards). stop() shuts it down and
 * removes the folder.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const owner = await clusterOwner();
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const as = owner ?? {};
  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', 'sunbeon', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], as);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
  const port = await freePort();
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=200'];
  const server: ChildProcess = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, ...settings.flatMap((s) => ['-c', s])], {
    ...as,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const adminUrl = `postgres://sunbeon@127.0.0.1:${port}/postgres`;

  const stop = async () => {
    // SIGINT: PostgreSQL's fast shutdown.
    if (server.exitCode === null) server.kill('SIGINT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const probe = new pg.Client({ connectionString: adminUrl });
    try {
      await probe.connect();
      await probe.end();
      break;
    } catch {
      await probe.end().catch(() => undefined);
      if (server.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL did not start: ${output.trim() || 'no output'}`);
      }
      await sleep(100);
    }
  }

  return {
    async createDatabase() {
      const name = `sunbeon_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://sunbeon@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
