import { spawn } from 'node:child_process';

/**
 * The timeout of a test that runs several Node processes. Such a test waits on its processes' own
 * lines and exits, never on the clock; this bound only catches a hang. The work itself scales with
 * the machine's load: every process costs about 1 s of CPU to start (tsx transpiling its imports),
 * and each ticket is a commit with fsync. With the 2 cores at load average 16, four issuers took
 * 18 s to print their first line and 30 s to issue 1,000, past the 20 s vitest.config.ts gives a test.
 */
export const PROCESS_TEST_TIMEOUT_MS = 180_000;

/** The test run's pid, handed to each child so it can stop once the run that started it is gone. */
export const testRunPidVariable = 'SUNBEON_TEST_RUN_PID';

/**
 * In a child: whether the test run that started it is still there. The pid comes from the parent
 * rather than process.ppid, which Node reads once at start: under load the test run can be gone
 * before the child boots, and then process.ppid is already the init process.
 */
export function testRunIsAlive(): boolean {
  try {
    process.kill(Number(process.env[testRunPidVariable]), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a TypeScript file in its own Node process and collects the JSON lines it prints; `child.stdin`
 * talks to it. `exited` comes once all its lines are in; `linesReach(n)` once it has printed n lines,
 * and fails if it exits before.
 */
export function startTsProcess<Line>(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [testRunPidVariable]: String(process.pid) },
  });
  const lines: Line[] = [];
  const waiters: { count: number; reached: () => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const line of complete) lines.push(JSON.parse(line) as Line);
    for (const waiter of waiters.filter((w) => lines.length >= w.count)) waiter.reached();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close', not 'exit': 'exit' can come before the last lines the process printed have been read.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const linesReach = (count: number): Promise<void> =>
    lines.length >= count
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          waiters.push({ count, reached: resolve });
          void exited.then((code) => reject(new Error(`exited (${code}) after ${lines.length} of ${count} lines: ${stderr}`)));
        });
  return { child, lines, exited, linesReach, stderr: () => stderr };
}
