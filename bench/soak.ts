import { statSync } from 'node:fs';
import { join } from 'node:path';
import { kioskContract } from '../shared/ipc/contract';
import type { OfficeConfig } from '../shared/office';
import type { Logger } from '../nodeShared/logger';
import { createKioskCore, DATABASE_FILE, type KioskCore } from '../electron/services/kiosk/kioskCore';
import { demoOffice } from '../electron/services/office/demoOffice';
import { createPrinter } from '../electron/services/printing/createPrinter';
import { startVirtualPrinter, type VirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { callNext, setCounterState } from '../electron/services/queue/calling';
import { KioskError } from '../electron/services/kioskError';
import { outboxRows } from '../electron/services/queue/outboxRows';
import { currentBusinessDay } from '../electron/services/queue/queueContext';
import { ticketRows } from '../electron/services/queue/ticketRows';
import { waitForecastRows } from '../electron/services/estimates/waitForecastRows';
import { boardState } from '../electron/services/views/queueViews';
import { percentiles, timed } from './stats';

export interface SoakOptions {
  dataDir: string;
  flows: number;
  days: number;
  /** Flows per measured block (the bench's table has one row per block). */
  blockSize: number;
  /** A first block of its own size (the warm-up); then blocks of blockSize. */
  firstBlockSize?: number;
  /** The office's `historyDays` (statistics retention). */
  historyDays?: number;
  /** How many tickets the virtual printer keeps. */
  keepJobs?: number;
}

/** One block of flows, measured. */
export interface SoakBlock {
  flows: number;
  businessDay: string;
  issueP50: number;
  issueP95: number;
  /** Mean ms of one getOffice (the kiosk's start screen) and one board state, sampled every 10 flows. */
  getOfficeMs: number;
  boardStateMs: number;
  /** The process's CPU time (user + system) over the block, per flow: the kiosk and its virtual printer. */
  cpuMsPerFlow: number;
  heapMb: number;
  databaseMb: number;
  outboxRows: number;
  ticketRows: number;
}

export interface SoakReport {
  blocks: SoakBlock[];
  /** Housekeeping runs that pruned something (one per new business day, once the day's first change came). */
  prunes: number;
  printer: { kept: number; received: number };
  oldestTicketDay: string | null;
  oldestWaitForecastDay: string | null;
}

/** The demo office's three everyday services and its two counters calling them; caps above a soak day's tickets. */
const soakOffice = (historyDays: number | undefined): OfficeConfig => ({
  ...demoOffice,
  services: demoOffice.services.slice(0, 3),
  counters: demoOffice.counters.slice(0, 2),
  ...(historyDays === undefined ? {} : { historyDays }),
});

const OPENING_HOUR_UTC = 0; // 09:00 in Seoul
const OFFICE_DAY_MS = 8 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const FIRST_DAY = Date.parse('2026-03-02T00:00:00Z');
const SAMPLE_EVERY = 10;
/** The kiosk prunes a couple of seconds after a new day's first change. */
const HOUSEKEEPING_WAIT_MS = 10_000;

/**
 * Residents and counters through the real kiosk core, day after simulated business day: each flow
 * is a paper ticket issued through the IPC route and printed on the virtual printer (TCP), and one
 * counter calling the next ticket, so the line stays as long as it started. The clock is simulated;
 * SQLite, fsync and the printer socket are real.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  let now = FIRST_DAY + OPENING_HOUR_UTC * 60 * 60_000;
  const clock = { now: () => now };
  let prunes = 0;
  const log: Logger = { debug: () => undefined, info: (message) => void (message.startsWith('Pruned history') && (prunes += 1)), warn: () => undefined, error: (message) => console.error(message) };
  const printer: VirtualPrinter = await startVirtualPrinter({ port: 0, keepJobs: options.keepJobs });
  const office = soakOffice(options.historyDays);
  const core: KioskCore = createKioskCore({
    dataDir: options.dataDir,
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port }),
    clock,
    initialOffice: office,
    log,
  });
  const issue = core.routes.get(kioskContract.issueTicket.channel)!;
  const getOffice = core.routes.get(kioskContract.getOffice.channel)!;
  const flowsPerDay = Math.ceil(options.flows / options.days);
  const blocks: SoakBlock[] = [];

  let issueTimes: number[] = [];
  let officeTimes: number[] = [];
  let boardTimes: number[] = [];
  let cpuAtBlockStart = process.cpuUsage();
  try {
    for (let flow = 0; flow < options.flows; flow += 1) {
      const dayIndex = Math.floor(flow / flowsPerDay);
      const inDay = flow % flowsPerDay;
      now = FIRST_DAY + dayIndex * DAY_MS + OPENING_HOUR_UTC * 60 * 60_000 + Math.floor((inDay * OFFICE_DAY_MS) / flowsPerDay);
      if (inDay === 0) for (const counter of office.counters) setCounterState(core.queue, counter.id, 'open');

      const service = office.services[flow % office.services.length];
      const started = performance.now();
      const answer = await issue({ serviceId: service.id, kind: 'paper', language: 'ko' });
      issueTimes.push(performance.now() - started);
      if (!answer.ok) throw new Error(`soak: issuing failed with ${answer.error.code}: ${answer.error.message}`);
      callAtCounter(core, office.counters[flow % office.counters.length].id);
      // The new day's first change set the kiosk's housekeeping going: the day is measured after it ran.
      if (inDay === 0 && dayIndex > 0) await waitUntil(() => prunes >= dayIndex, HOUSEKEEPING_WAIT_MS);

      if (flow % SAMPLE_EVERY === 0) {
        officeTimes.push(await timed(() => getOffice({})));
        boardTimes.push(await timed(async () => boardState(core.queue)));
      }
      const done = flow + 1;
      const afterFirst = done - (options.firstBlockSize ?? 0);
      if (done === options.firstBlockSize || (afterFirst > 0 && afterFirst % options.blockSize === 0) || done === options.flows) {
        const cpu = process.cpuUsage(cpuAtBlockStart);
        blocks.push(measureBlock(core, options.dataDir, done, { issueTimes, officeTimes, boardTimes, cpuMs: (cpu.user + cpu.system) / 1000 }));
        cpuAtBlockStart = process.cpuUsage();
        issueTimes = [];
        officeTimes = [];
        boardTimes = [];
      }
    }
    return {
      blocks,
      prunes,
      printer: { kept: printer.jobs.length, received: printer.received },
      oldestTicketDay: ticketRows(core.db).oldestDay(),
      oldestWaitForecastDay: waitForecastRows(core.db).oldestDay(),
    };
  } finally {
    await core.close();
    await printer.stop();
  }
}

function callAtCounter(core: KioskCore, counterId: string): void {
  try {
    callNext(core.queue, counterId);
  } catch (error) {
    if (!(error instanceof KioskError && error.code === 'QUEUE_EMPTY')) throw error;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('soak: the kiosk did not prune the history of the day before');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const megabytes = (bytes: number) => bytes / (1024 * 1024);

function databaseBytes(dataDir: string): number {
  return ['', '-wal'].reduce((sum, suffix) => {
    try {
      return sum + statSync(join(dataDir, `${DATABASE_FILE}${suffix}`)).size;
    } catch {
      return sum;
    }
  }, 0);
}

interface BlockTimes {
  issueTimes: number[];
  officeTimes: number[];
  boardTimes: number[];
  cpuMs: number;
}

function measureBlock(core: KioskCore, dataDir: string, flows: number, { issueTimes, officeTimes, boardTimes, cpuMs }: BlockTimes): SoakBlock {
  const issued = percentiles(issueTimes);
  (globalThis as { gc?: () => void }).gc?.();
  return {
    flows,
    businessDay: currentBusinessDay(core.queue),
    issueP50: issued.p50,
    issueP95: issued.p95,
    getOfficeMs: mean(officeTimes),
    boardStateMs: mean(boardTimes),
    cpuMsPerFlow: cpuMs / issueTimes.length,
    heapMb: megabytes(process.memoryUsage().heapUsed),
    databaseMb: megabytes(databaseBytes(dataDir)),
    outboxRows: outboxRows(core.db).count(),
    ticketRows: ticketRows(core.db).count(),
  };
}
