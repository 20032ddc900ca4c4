import { spawn } from 'node:child_process';

/** `electron-vite build`, its ~50 lines shown only with --verbose or when it fails. */
export async function buildKiosk(repo: string, verbose: boolean): Promise<void> {
  const startedAt = Date.now();
  if (!verbose) process.stdout.write('Building the kiosk… ');
  const build = spawn('npx', ['electron-vite', 'build'], { cwd: repo, stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  build.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  build.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (code !== 0) {
    if (!verbose) process.stdout.write('failed:\n' + Buffer.concat(output).toString());
    throw new Error(`The build failed (electron-vite exited with ${code})`);
  }
  if (!verbose) console.log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s (npm start -- --verbose shows its output)`);
}
