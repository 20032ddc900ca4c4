import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { eventBatchResponseSchema, type EventBatch } from '../../../shared/district/api';
import { startDistrictServer, type DistrictServer, type DistrictServerOptions } from '../districtServer';
import type { KioskCredentials } from '../kiosks/kioskCredentials';
import { registerKiosk } from '../kiosks/registerKiosk';
import { capturingLogger, type CapturingLogger } from './capturingLogger';
import { TEST_NOW_MS } from './kioskScript';
import { recordingProvider, type RecordingProvider } from './recordingProvider';

export const TEST_KEY = Buffer.alloc(32, 7);

export interface TestServer {
  server: DistrictServer;
  dbFile: string;
  dir: string;
  kiosk: KioskCredentials;
  log: CapturingLogger;
  provider: RecordingProvider;
  post(batch: unknown, token?: string): Promise<Response>;
  /** Posts a batch that must be accepted, and waits until its messages are sent. */
  deliver(batch: EventBatch): Promise<string[]>;
  restart(overrides?: Partial<DistrictServerOptions>): Promise<TestServer>;
}

interface StartOptions extends Partial<DistrictServerOptions> {
  dir?: string;
  kiosk?: KioskCredentials;
  /** A restart keeps its predecessor's recorder and log, so a test sees everything either server did. */
  recorder?: RecordingProvider;
  log?: CapturingLogger;
}

/** A clock that runs from TEST_NOW_MS, so the test kiosks' business day (TEST_DAY) is the server's today. */
function testDayClock(): { now(): number } {
  const offset = TEST_NOW_MS - Date.now();
  return { now: () => Date.now() + offset };
}

/** Real servers on 127.0.0.1 over real SQLite files in temp folders; all closed and removed after each test. */
export function useTestServers(): (options?: StartOptions) => Promise<TestServer> {
  const running: DistrictServer[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const start = async ({ dir, kiosk, recorder, log = capturingLogger(), ...options }: StartOptions = {}): Promise<TestServer> => {
    const folder = dir ?? mkdtempSync(join(tmpdir(), 'sunbeon-district-'));
    if (!dir) dirs.push(folder);
    const provider = recorder ?? recordingProvider();
    const dbFile = join(folder, 'district.sqlite');
    const server = await startDistrictServer({ dbFile, key: TEST_KEY, provider, log, dayCloseHour: null, clock: testDayClock(), ...options });
    running.push(server);
    const credentials = kiosk ?? (await registerKiosk(server.store, 'gangnam'));
    const post = (batch: unknown, token = credentials.token) =>
      fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
    const testServer: TestServer = {
      server,
      dbFile,
      dir: folder,
      kiosk: credentials,
      log,
      provider,
      post,
      async deliver(batch) {
        const response = await post(batch);
        if (response.status !== 200) throw new Error(`batch refused: ${response.status} ${await response.text()}`);
        const { results } = eventBatchResponseSchema.parse(await response.json());
        await server.deliveries.idle();
        return results.map((r) => r.status);
      },
      async restart(overrides = {}) {
        running.splice(running.indexOf(server), 1);
        await server.close();
        return start({ ...options, ...overrides, dir: folder, kiosk: credentials, recorder: provider, log });
      },
    };
    return testServer;
  };
  return start;
}
