import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSoak, type SoakBlock } from './soak';
import { ms } from './stats';

/** A busy office's day; each block of the table is one day, so the last day compares with the first at the same hours. */
const FLOWS_PER_DAY = 1_000;
const DAYS = 10;
const FLOWS = FLOWS_PER_DAY * DAYS;
/** A day before the measured ones: the JIT, SQLite's page cache and the past days' samples settle. */
const WARM_UP = FLOWS_PER_DAY;

const row = (label: string, block: SoakBlock) => [
  label,
  block.businessDay,
  ms(block.issueP50),
  ms(block.issueP95),
  ms(block.getOfficeMs),
  ms(block.boardStateMs),
  ms(block.cpuMsPerFlow),
  `${block.heapMb.toFixed(1)} MB`,
  `${block.databaseMb.toFixed(2)} MB`,
  String(block.outboxRows),
  String(block.ticketRows),
];

export const SOAK_TITLE = `Soak: ${FLOWS.toLocaleString('en')} paper-ticket flows over ${DAYS} business days through the kiosk core, one row a day after a warm-up day (CPU per flow: the process's CPU time, which a loaded machine does not inflate as it does wall time)`;

export const soakHeader = ['flows', 'day', 'issue p50', 'issue p95', 'getOffice', 'board state', 'CPU per flow', 'heap', 'database', 'outbox rows', 'ticket rows'];

/** 10,000 paper-ticket flows over ten business days after a warm-up day: one row a day, then the last day against the first. */
export async function benchSoak(): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-soak-'));
  try {
    const { blocks } = await runSoak({ dataDir, flows: WARM_UP + FLOWS, days: DAYS + 1, blockSize: FLOWS_PER_DAY, firstBlockSize: WARM_UP });
    const [, first, ...rest] = blocks;
    const last = rest.at(-1)!;
    const change = (before: number, after: number) => `${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)} %`;
    return [
      ...blocks.slice(1).map((block) => row(`${block.flows - WARM_UP}`, block)),
      ['last day vs first', '', change(first.issueP50, last.issueP50), change(first.issueP95, last.issueP95), change(first.getOfficeMs, last.getOfficeMs), change(first.boardStateMs, last.boardStateMs), change(first.cpuMsPerFlow, last.cpuMsPerFlow), `${(last.heapMb - first.heapMb).toFixed(1)} MB`, '', '', ''],
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
