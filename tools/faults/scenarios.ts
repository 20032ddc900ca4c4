/**
 * The project's own fault suite: each scenario plays a real fault (kill -9 of real processes on a
 * real SQLite file, a wall clock that jumps, a TCP printer that drops or refuses) and reports what
 * it expected and what it observed. `long` runs more rounds; the short mode runs inside `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/database/openDatabase';
import { callNext, setCounterState } from '../../electron/services/queue/calling';
import { getTicket } from '../../electron/services/queue/tickets';
import { ticketRows } from '../../electron/services/queue/ticketRows';
import { issuedTicketsIn, startIssuer } from '../../electron/services/testSupport/issuerTickets';
import { settableMachineTime, type SettableMachineTime } from '../../electron/services/testSupport/settableMachineTime';
import { startTestKiosk, valueOf, type TestKiosk } from '../../electron/services/testSupport/startTestKiosk';
import { startVirtualPrinter, type VirtualFault, type VirtualPrinter } from '../virtualPrinter/virtualPrinter';

export interface FaultRow {
  scenario: string;
  expected: string;
  observed: string;
  pass: boolean;
}

export interface FaultRunOptions {
  long: boolean;
}

const DAY = 24 * 3_600_000;
/** 10:00 in Seoul on business day 2026-11-24. */
const MORNING = '2026-11-24T01:00:00Z';

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-faults-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The error and the first place in the project's own code it came from, out of a crashed process's stderr. */
function crashSummary(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim());
  const error = lines.find((line) => /Error/.test(line)) ?? 'no message';
  const where = lines.find((line) => line.startsWith('at ') && !line.includes('node_modules') && !line.includes('node:'));
  return where ? `${error} ${where.replace(/\(.*\/(?=[^/]+\)$)/, '(')}` : error;
}

/** Rounds of N issuing processes killed with SIGKILL mid-run on one database file. */
export async function killNineLoop(processes: number, rounds: number): Promise<FaultRow> {
  return withTempDir(async (dir) => {
    const dbFile = join(dir, 'k.db');
    openDatabase(dbFile).close();
    let duplicates = 0;
    let lost = 0;
    let outboxMismatch = 0;
    let acked = 0;
    let crashed = 0;
    let firstCrash: string | undefined;
    for (let round = 0; round < rounds; round += 1) {
      const issuers = Array.from({ length: processes }, () => startIssuer(dbFile, 'forever'));
      const exitedEarly = new Set<number>();
      issuers.forEach((issuer, index) => void issuer.exited.then(() => exitedEarly.add(index)));
      await waitUntil(() => exitedEarly.size > 0 || issuers.every((issuer) => issuer.acks.length >= 10 + (round % 7) * 5), 120_000);
      crashed += exitedEarly.size;
      for (const index of exitedEarly) firstCrash ??= crashSummary(issuers[index].stderr());
      for (const issuer of issuers) issuer.child.kill('SIGKILL');
      await Promise.all(issuers.map((issuer) => issuer.exited));

      const { rows, outboxCount } = issuedTicketsIn(dbFile);
      const stored = new Set(rows.map((row) => row.id));
      const ackedNow = issuers.flatMap((issuer) => issuer.acks);
      acked += ackedNow.length;
      lost += ackedNow.filter((ack) => !stored.has(ack.id)).length;
      duplicates = rows.length - new Set(rows.map((row) => row.displayNumber)).size;
      outboxMismatch = Math.abs(outboxCount - rows.length);
    }
    const { rows } = issuedTicketsIn(dbFile);
    return {
      scenario: `kill -9, ${processes} issuing process${processes > 1 ? 'es' : ''} × ${rounds} rounds`,
      expected: 'duplicates 0, lost 0, outbox = tickets, 0 issuers exit on their own',
      observed: `${rows.length} tickets (${acked} acknowledged): duplicates ${duplicates}, lost ${lost}, outbox off by ${outboxMismatch}; exited on their own ${crashed}${firstCrash ? ` (${firstCrash.slice(0, 200)})` : ''}`,
      pass: duplicates === 0 && lost === 0 && outboxMismatch === 0 && crashed === 0,
    };
  });
}

async function withKiosk<T>(use: (kiosk: TestKiosk, machine: SettableMachineTime, printer: VirtualPrinter) => Promise<T>): Promise<T> {
  const printer = await startVirtualPrinter({ port: 0 });
  try {
    return await withTempDir(async (dataDir) => {
      const machine = settableMachineTime(MORNING);
      const kiosk = startTestKiosk({ dataDir, demo: true, machineTime: machine, printerPort: printer.port });
      setCounterState(kiosk.core.queue, 'counter-3', 'open');
      try {
        return await use(kiosk, machine, printer);
      } finally {
        await kiosk.core.close();
      }
    });
  } finally {
    await printer.stop();
  }
}

const paperTicket = { serviceId: 'passport', kind: 'paper', language: 'ko' } as const;

async function issue(kiosk: TestKiosk) {
  return valueOf(await kiosk.call('issueTicket', paperTicket));
}

/** The wall clock jumps a day ahead and back while tickets wait. */
export function clockForwardAndBack(): Promise<FaultRow> {
  return withKiosk(async (kiosk, machine) => {
    const waiting = [(await issue(kiosk)).ticket, (await issue(kiosk)).ticket];
    machine.pass(60_000);
    machine.setWallClock(machine.wallMs() + DAY);
    const duringJump = (await issue(kiosk)).ticket;
    const calledDuring = callNext(kiosk.core.queue, 'counter-3')?.id;
    machine.pass(5 * 60_000);
    machine.setWallClock(machine.wallMs() - DAY);
    const calledAfter = callNext(kiosk.core.queue, 'counter-3')?.id;
    const pass = duringJump.businessDay === '2026-11-24' && calledDuring === waiting[0].id && calledAfter === waiting[1].id;
    return {
      scenario: 'clock jumps to tomorrow and back',
      expected: "today's tickets still callable, no ticket dated tomorrow",
      observed: `ticket during jump dated ${duringJump.businessDay}; waiting tickets called: ${[calledDuring, calledAfter].filter((id, i) => id === waiting[i].id).length}/2`,
      pass,
    };
  });
}

/** One reading of 2036, then the true clock: the next day must start again at the first number. */
export function farFutureReading(): Promise<FaultRow> {
  return withKiosk(async (kiosk, machine) => {
    const first = (await issue(kiosk)).ticket;
    const realWall = machine.wallMs();
    machine.setWallClock('2036-03-01T00:00:00Z');
    const during = (await issue(kiosk)).ticket;
    machine.setWallClock(realWall);
    machine.pass(DAY);
    const nextDay = (await issue(kiosk)).ticket;
    return {
      scenario: 'one wall-clock reading of 2036',
      expected: 'same day numbering goes on; next day restarts at the first number',
      observed: `today ${first.displayNumber}→${during.displayNumber} (${during.businessDay}); next day ${nextDay.displayNumber} (${nextDay.businessDay})`,
      pass: during.businessDay === first.businessDay && Number(during.displayNumber) === Number(first.displayNumber) + 1 && nextDay.businessDay === '2026-11-25' && nextDay.displayNumber === first.displayNumber,
    };
  });
}

/** The printer drops the connection after part of the ticket went out. */
export function printerDropsMidTicket(): Promise<FaultRow> {
  return withKiosk(async (kiosk, _machine, printer) => {
    printer.setFault('drop-mid-print', { afterJobBytes: 16 });
    const { ticket, print } = await issue(kiosk);
    printer.setFault(null);
    const next = await issue(kiosk);
    await waitUntil(() => getTicket(kiosk.core.db, next.ticket.id).print_state === 'printed', 5_000);
    const copies = printer.copiesOf(ticket.displayNumber);
    return {
      scenario: 'printer drops mid-ticket, then recovers',
      expected: 'outcome "uncertain", at most 1 paper copy, next ticket prints',
      observed: `outcome ${print.status}, copies of that number ${copies}, next ticket ${next.print.status}`,
      pass: print.status === 'uncertain' && copies <= 1 && next.print.status === 'printed',
    };
  });
}

/** The printer reports a stopping fault at the status check: nothing is issued. */
export function printerRefuses(fault: VirtualFault): Promise<FaultRow> {
  return withKiosk(async (kiosk, _machine, printer) => {
    printer.setFault(fault);
    const answer = await kiosk.call('issueTicket', paperTicket);
    const issued = ticketRows(kiosk.core.db).count();
    const code = answer.ok ? 'issued' : answer.error.code;
    return {
      scenario: `printer ${fault} before issuing`,
      expected: 'refused (PRINTER_UNAVAILABLE), 0 tickets, 0 paper tickets',
      observed: `${code}, ${issued} tickets, ${printer.received} paper tickets`,
      pass: code === 'PRINTER_UNAVAILABLE' && issued === 0 && printer.received === 0,
    };
  });
}

export async function runFaultScenarios({ long }: FaultRunOptions): Promise<FaultRow[]> {
  const rounds = long ? 20 : 3;
  const scenarios: (() => Promise<FaultRow>)[] = [
    () => killNineLoop(1, rounds),
    () => killNineLoop(4, long ? rounds / 2 : 2),
    clockForwardAndBack,
    farFutureReading,
    printerDropsMidTicket,
    () => printerRefuses('cover-open'),
    () => printerRefuses('paper-out'),
  ];
  const rows: FaultRow[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    try {
      rows.push(await scenario());
    } catch (error) {
      // A scenario that could not finish is a failed row, so the table still shows every other row.
      rows.push({ scenario: `scenario ${index + 1}`, expected: 'completes', observed: `error: ${error instanceof Error ? error.message : String(error)}`, pass: false });
    }
  }
  return rows;
}

export function faultTable(rows: readonly FaultRow[]): string {
  const header = ['scenario', 'expected', 'observed', 'pass'];
  const cells = rows.map((row) => [row.scenario, row.expected, row.observed, row.pass ? 'yes' : 'NO']);
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n');
}
