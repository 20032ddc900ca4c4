import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const SERVER_MAIN = join(__dirname, '../../server/src/main.ts');

export interface DistrictProcess {
  url: string;
  /** Everything the server printed, to check that no phone number is ever in it. */
  output(): string;
  kill(): Promise<void>;
  start(): Promise<void>;
}

/** The reference district server as its own OS process (npm run server), on a fixed port so it can be killed and restarted. */
export function districtProcess(env: Record<string, string>, port: number): DistrictProcess {
  let child: ChildProcess | null = null;
  let printed = '';
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    output: () => printed,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
        env: { ...process.env, ...env, SUNBEON_SERVER_HOST: '127.0.0.1', SUNBEON_SERVER_PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
      // tsx compiles the server on start: slow on a loaded two-core machine.
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (Date.now() > deadline) throw new Error(`the district server did not start:\n${printed}`);
        const up = await fetch(`${url}/api/v1/offices/none/status`).then(() => true, () => false);
        if (up) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async kill() {
      const running = child;
      // A killed process keeps exitCode null: its signalCode says it is gone.
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}
