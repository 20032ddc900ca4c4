import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSoak, type SoakBlock } from './soak';
import { ms } from './stats';

const FLOWS = 10_000;
const DAYS = 4;
const BLOCK = 1_000;
/** The first block starts after these flows: the JIT, SQLite's page cache and the first day's samples settle. */
const WARM_UP = 250;

const row = (label: string, block: SoakBlock) => [
  label,
  block.businessDay,
  ms(block.issueP50),
  ms(block.issueP95),
  ms(block.getOfficeMs),
  ms(block.boardStateMs),
  `${block.heapMb.toFixed(1)} MB`,
  `${block.databaseMb.toFixed(2)} MB`,
  String(block.outboxRows),
  String(block.ticketRows),
];

export const SOAK_TITLE = `Soak: ${FLOWS.toLocaleString('en')} paper-ticket flows over ${DAYS} business days through the kiosk core (per ${BLOCK.toLocaleString('en')} flows after a ${WARM_UP}-flow warm-up)`;

export const soakHeader = ['flows', 'day', 'issue p50', 'issue p95', 'getOffice', 'board state', 'heap', 'database', 'outbox rows', 'ticket rows'];

/** 10,000 paper-ticket flows over four business days: one row per 1,000, then the last 1,000 against the first after warm-up. */
export async function benchSoak(): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunbeon-soak-'));
  try {
    const { blocks } = await runSoak({ dataDir, flows: WARM_UP + FLOWS, days: DAYS, blockSize: BLOCK, firstBlockSize: WARM_UP });
    const [, first, ...rest] = blocks;
    const last = rest.at(-1)!;
    const change = (before: number, after: number) => `${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)} %`;
    return [
      ...blocks.slice(1).map((block) => row(`${block.flows - WARM_UP}`, block)),
      ['last 1,000 vs first', '', change(first.issueP50, last.issueP50), change(first.issueP95, last.issueP95), change(first.getOfficeMs, last.getOfficeMs), change(first.boardStateMs, last.boardStateMs), `${(last.heapMb - first.heapMb).toFixed(1)} MB`, '', '', ''],
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
