import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const paperTicketProcess = join(__dirname, 'paperTicketProcess.ts');

function straceAvailable(): boolean {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** fsync + fdatasync system calls of one process issuing `count` paper tickets `gapMs` apart from a fresh kiosk, counted by strace. */
function fsyncsOfRun(count: number, gapMs: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-fsync-'));
  const summary = join(dir, 'strace.txt');
  try {
    const run = spawnSync('strace', ['-f', '-c', '-e', 'trace=fsync,fdatasync', '-o', summary, process.execPath, '--import', 'tsx', paperTicketProcess, join(dir, 'data'), String(count), String(gapMs)], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the paper-ticket process failed: ${run.stderr}`);
    return [...readFileSync(summary, 'utf8').matchAll(/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(fsync|fdatasync)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** fsyncs per paper ticket: a run of `count` tickets `gapMs` apart minus a run of none (opening, migrating, seeding). Null without strace. */
export function fsyncsPerPaperTicket(count: number, gapMs = 0): number | null {
  if (!straceAvailable()) return null;
  return (fsyncsOfRun(count, gapMs) - fsyncsOfRun(0, 0)) / count;
}
