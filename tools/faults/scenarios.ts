/**
 * The project's own fault suite: each scenario plays a real fault (kill -9 of real processes on a
 * real SQLite file, a wall clock that jumps, a TCP printer that drops or refuses) and reports what
 * it expected and what it observed. `long` runs more rounds; the short mode runs inside `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/database/openDatabase';
import { callNext, setCounterState } from '../../electron/services/queue/calling';
import { getTicket } from '../../electron/services/queue/tickets';
import { ticketRows } from '../../electron/services/queue/ticketRows';
import { uncertainPrints } from '../../electron/services/queue/printJobs';
import { issuedTicketsIn, startIssuer } from '../../electron/services/testSupport/issuerTickets';
import { startTsProcess } from '../../electron/services/testSupport/nodeProcess';
import { settableMachineTime, type SettableMachineTime } from '../../electron/services/testSupport/settableMachineTime';
import { startTestKiosk, valueOf, type TestKiosk } from '../../electron/services/testSupport/startTestKiosk';
import { DEMO_STAFF_PIN } from '../../electron/services/kiosk/kioskCore';
import { PIN_LOCKOUT } from '../../electron/services/kiosk/staffSession';
import { PAIRING_LOCKOUT } from '../../electron/services/lan/pairingLockout';
import type { StaffOverview } from '../../shared/ipc/contract';
import type { AuditAction } from '../../shared/staff';
import { KioskError } from '../../electron/services/kioskError';
import { businessDayBefore, businessDayStartMs } from '../../shared/businessDay';
import { demoOffice } from '../../electron/services/office/demoOffice';
import { startVirtualPrinter, type VirtualPrinter } from '../virtualPrinter/virtualPrinter';

export interface FaultRow {
  scenario: string;
  expected: string;
  observed: string;
  pass: boolean;
}

export interface FaultRunOptions {
  long: boolean;
}

export interface FaultScenario {
  name: string;
  run: () => Promise<FaultRow>;
  /** What the scenario may take in the short mode on a loaded 2-core machine (vitest's limit for it). */
  shortLimitMs: number;
}

const starterScript = join(__dirname, '../../electron/services/testSupport/starterProcess.ts');
const openerScript = join(__dirname, '../../electron/services/testSupport/openerProcess.ts');

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

type StarterLine = { settled: number; tickets: string[] };

/** Starts kiosk processes on one file together, each leaving `printsEach` prints in progress; resolves once all reported. */
async function startStarters(dbFile: string, count: number, printsEach: number) {
  const starters = Array.from({ length: count }, () => startTsProcess<StarterLine>(starterScript, [dbFile, String(printsEach)]));
  const exited = starters.map(() => false);
  starters.forEach((starter, index) => void starter.exited.then(() => (exited[index] = true)));
  await waitUntil(() => starters.every((starter, index) => starter.lines.length > 0 || exited[index]), 120_000);
  const crashed = starters.filter((starter) => starter.lines.length === 0);
  if (crashed.length > 0) throw new Error(`a starting process crashed: ${crashSummary(crashed[0].stderr())}`);
  return starters;
}

/**
 * Kiosk processes starting on one database while others have prints in progress: a start-up turns
 * only the prints of processes that are gone uncertain, never another live process's, never failed.
 */
export async function multiProcessStartUp(printsEach: number): Promise<FaultRow> {
  return withTempDir(async (dir) => {
    const dbFile = join(dir, 'k.db');
    openDatabase(dbFile).close();
    const first = await startStarters(dbFile, 4, printsEach);
    const second = await startStarters(dbFile, 4, printsEach);
    const live = [...first, ...second];
    const settledWhileAlive = live.reduce((sum, starter) => sum + starter.lines[0].settled, 0);
    const inProgress = live.flatMap((starter) => starter.lines[0].tickets);
    const db = openDatabase(dbFile);
    const touchedWhileAlive = uncertainPrints(db).length + inProgress.filter((id) => getTicket(db, id).print_state !== 'pending').length;

    for (const starter of live) starter.child.kill('SIGKILL');
    await Promise.all(live.map((starter) => starter.exited));
    const [after] = await startStarters(dbFile, 1, 0);
    after.child.stdin.end();
    await after.exited;
    const uncertainAfter = uncertainPrints(db).length;
    const failedAfter = inProgress.filter((id) => getTicket(db, id).print_state === 'failed').length;
    db.close();
    return {
      scenario: `start-up: 4 + 4 kiosk processes on one database, ${printsEach} prints in progress each, then all killed`,
      expected: "live processes' prints untouched (0); after the kill, all uncertain, 0 failed",
      observed: `touched while alive ${settledWhileAlive + touchedWhileAlive}; after the kill: settled ${after.lines[0].settled} of ${inProgress.length}, uncertain ${uncertainAfter}, failed ${failedAfter}`,
      pass: settledWhileAlive === 0 && touchedWhileAlive === 0 && after.lines[0].settled === inProgress.length && uncertainAfter === inProgress.length && failedAfter === 0,
    };
  });
}

type OpenerLine = { ready: true } | { opened: string } | { failed: string; error: string };

/** 4 processes create and migrate the same new database file at once, round after round. */
export async function freshDatabaseByFour(rounds: number): Promise<FaultRow> {
  return withTempDir(async (dir) => {
    const openers = Array.from({ length: 4 }, () => startTsProcess<OpenerLine>(openerScript, []));
    const exited = openers.map(() => false);
    openers.forEach((opener, index) => void opener.exited.then(() => (exited[index] = true)));
    try {
      await waitUntil(() => openers.every((opener, index) => opener.lines.length === 1 || exited[index]), 60_000);
      for (let round = 1; round <= rounds && !exited.includes(true); round += 1) {
        for (const opener of openers) opener.child.stdin.write(`${join(dir, `fresh-${round}.db`)}\n`);
        await waitUntil(() => openers.every((opener, index) => opener.lines.length === 1 + round || exited[index]), 60_000);
      }
      const answers = openers.flatMap((opener) => opener.lines.slice(1));
      const failed = answers.filter((line): line is Extract<OpenerLine, { failed: string }> => 'failed' in line);
      const crashed = exited.filter(Boolean).length;
      return {
        scenario: `fresh database opened by 4 processes at once × ${rounds}`,
        expected: '0 crashes, 0 failed opens',
        observed: `${answers.length - failed.length} of ${4 * rounds} opened; failed ${failed.length}${failed[0] ? ` (${failed[0].error.slice(0, 120)})` : ''}; crashed ${crashed}`,
        pass: failed.length === 0 && crashed === 0 && answers.length === 4 * rounds,
      };
    } finally {
      for (const opener of openers) opener.child.stdin.end();
      await Promise.all(openers.map((opener) => opener.exited));
    }
  });
}

const paperTicket = { serviceId: 'passport', kind: 'paper', language: 'ko' } as const;

async function issue(kiosk: TestKiosk) {
  return valueOf(await kiosk.call('issueTicket', paperTicket));
}

const HOUR = 3_600_000;

type IssuedTicket = { id: string; businessDay: string; displayNumber: string };

/** A demo kiosk on one data folder that restarts (on the same boot, or after a reboot) while its wall clock lies. */
interface RestartingKiosk {
  /** The kiosk running now (a restart starts another). */
  kiosk(): TestKiosk;
  machine: SettableMachineTime;
  printer: VirtualPrinter;
  issued: IssuedTicket[];
  /** Every ticket called so far. */
  called: Set<string>;
  issue(): Promise<IssuedTicket>;
  /** Calls at counter 3 until nobody waits. */
  callAll(): void;
  /** The clock fault the staff screen shows, if any. */
  staffSees(): Promise<'ahead' | 'behind' | null>;
  /** Staff confirm the wall clock they are shown. */
  confirmClock(): Promise<void>;
  /** The staff screen, unlocked with the demo manager PIN unless it is open already. */
  staffOverview(): Promise<StaffOverview>;
  restart(): Promise<void>;
  /** The machine is off for a while; it may wake up with its wall clock at `wallAt` instead of the true time. */
  reboot(offForMs: number, wallAt?: string | number): Promise<void>;
}

async function withRestartingKiosk<T>(wallAt: string, use: (run: RestartingKiosk) => Promise<T>, options: { lan?: boolean } = {}): Promise<T> {
  const printer = await startVirtualPrinter({ port: 0 });
  try {
    return await withTempDir(async (dataDir) => {
      const machine = settableMachineTime(wallAt);
      const lan = options.lan ? { host: '127.0.0.1', port: 0, pagesDir: join(dataDir, 'pages') } : undefined;
      const start = () => {
        const started = startTestKiosk({ dataDir, demo: true, machineTime: machine, printerPort: printer.port, lan });
        setCounterState(started.core.queue, 'counter-3', 'open');
        return started;
      };
      let kiosk = start();
      const staffOverview = async () => {
        const open = await kiosk.call('getStaffOverview', {});
        if (open.ok) return open.value;
        valueOf(await kiosk.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
        return valueOf(await kiosk.call('getStaffOverview', {}));
      };
      const run: RestartingKiosk = {
        kiosk: () => kiosk,
        machine,
        printer,
        issued: [],
        called: new Set(),
        async issue() {
          const { id, businessDay, displayNumber } = (await issue(kiosk)).ticket;
          run.issued.push({ id, businessDay, displayNumber });
          return { id, businessDay, displayNumber };
        },
        callAll() {
          for (;;) {
            try {
              run.called.add(callNext(kiosk.core.queue, 'counter-3').id);
            } catch (error) {
              if (error instanceof KioskError && error.code === 'QUEUE_EMPTY') return;
              throw error;
            }
          }
        },
        staffOverview,
        staffSees: async () => (await staffOverview()).clockFault?.direction ?? null,
        async confirmClock() {
          const fault = (await staffOverview()).clockFault;
          if (fault) valueOf(await kiosk.call('confirmClock', { wallClockAt: fault.wallClockAt }));
        },
        async restart() {
          await kiosk.core.close();
          kiosk = start();
        },
        async reboot(offForMs, wallAt) {
          await kiosk.core.close();
          machine.reboot(offForMs);
          if (wallAt !== undefined) machine.setWallClock(wallAt);
          kiosk = start();
        },
      };
      try {
        return await use(run);
      } finally {
        await kiosk.core.close();
      }
    });
  } finally {
    await printer.stop();
  }
}

/**
 * What every clock row checks, after the fault and its restarts: no number given twice on a day, no
 * ticket dated other than the true business day, every waiting ticket called that day (none stranded),
 * staff told at every faulted moment, and the next morning a normal day again (first number, no fault).
 */
async function clockRow(scenario: string, run: RestartingKiosk, trueDay: string, toldWhileFaulted: boolean[]): Promise<FaultRow> {
  run.callAll();
  const dayTickets = run.issued.filter((ticket) => ticket.businessDay === trueDay);
  const stranded = dayTickets.filter((ticket) => !run.called.has(ticket.id)).length;
  const reissued = run.issued.length - new Set(run.issued.map((ticket) => `${ticket.businessDay} ${ticket.displayNumber}`)).size;
  const misdated = run.issued.length - dayTickets.length;
  const told = toldWhileFaulted.filter(Boolean).length;

  const nextDay = businessDayBefore(trueDay, -1);
  const startHour = demoOffice.businessDayStartHour;
  await run.reboot(businessDayStartMs(nextDay, startHour) + 5 * HOUR - run.machine.wallMs());
  const faultNextMorning = await run.staffSees();
  const nextMorning = await run.issue();
  const recovered = faultNextMorning === null && nextMorning.businessDay === nextDay && nextMorning.displayNumber === dayTickets[0].displayNumber;
  return {
    scenario,
    expected: 'reissued 0, misdated 0, stranded 0, staff told at every faulted moment; next morning: no fault, first number',
    observed: `${dayTickets.length} tickets on ${trueDay}: reissued ${reissued}, misdated ${misdated}, stranded ${stranded}; staff told ${told}/${toldWhileFaulted.length}; next morning: fault ${faultNextMorning ?? 'none'}, ${nextMorning.displayNumber} on ${nextMorning.businessDay}`,
    pass: reissued === 0 && misdated === 0 && stranded === 0 && told === toldWhileFaulted.length && recovered,
  };
}

/** The wall clock jumps a day ahead while tickets wait, the kiosk restarts twice, the clock comes back, another restart. */
export function clockForwardAndBack(): Promise<FaultRow> {
  return withRestartingKiosk(MORNING, async (run) => {
    const told: boolean[] = [];
    await run.issue();
    await run.issue();
    run.machine.pass(60_000);
    run.machine.setWallClock(run.machine.wallMs() + DAY);
    told.push((await run.staffSees()) === 'ahead');
    await run.restart();
    await run.issue();
    told.push((await run.staffSees()) === 'ahead');
    run.callAll();
    await run.restart();
    await run.issue();
    told.push((await run.staffSees()) === 'ahead');
    run.machine.pass(5 * 60_000);
    run.machine.setWallClock(run.machine.wallMs() - DAY);
    await run.restart();
    await run.issue();
    return clockRow('clock a day ahead and back, 3 restarts between', run, '2026-11-24', told);
  });
}

/**
 * One wall-clock reading of 2036 within a run, with a restart while it lasts and one after; then a
 * reboot into 2036 (a machine whose hardware clock woke up years ahead), set right by a staff confirmation.
 */
export function farFutureReading(): Promise<FaultRow> {
  return withRestartingKiosk(MORNING, async (run) => {
    const told: boolean[] = [];
    await run.issue();
    const realWall = run.machine.wallMs();
    run.machine.setWallClock('2036-03-01T00:00:00Z');
    await run.issue();
    told.push((await run.staffSees()) === 'ahead');
    await run.restart();
    await run.issue();
    told.push((await run.staffSees()) === 'ahead');
    run.machine.setWallClock(realWall);
    await run.restart();
    await run.issue();

    const trueWall = run.machine.wallMs() + HOUR;
    await run.reboot(HOUR, '2036-03-01T00:00:00Z');
    await run.issue();
    told.push((await run.staffSees()) === 'ahead');
    // NTP sets the clock right; the queue cannot know how long the machine was off, so staff confirm.
    run.machine.pass(10 * 60_000);
    run.machine.setWallClock(trueWall + 10 * 60_000);
    await run.confirmClock();
    await run.issue();
    return clockRow('one reading of 2036 (restart during and after), then a reboot into 2036', run, '2026-11-24', told);
  });
}

/** The wall clock goes back across the 04:00 day start over a reboot, with restarts while it is wrong, until it is set right. */
export function clockBackAcrossDayStart(): Promise<FaultRow> {
  return withRestartingKiosk('2026-11-23T19:05:00Z', async (run) => {
    const told: boolean[] = [];
    await run.issue(); // 04:05 in Seoul: business day 2026-11-24 has begun
    await run.reboot(2 * 60_000, '2026-11-23T18:40:00Z'); // 03:40: still yesterday's business day
    told.push((await run.staffSees()) === 'behind');
    await run.issue();
    await run.restart();
    await run.issue();
    told.push((await run.staffSees()) === 'behind');
    run.machine.pass(HOUR);
    await run.restart();
    await run.issue();
    told.push((await run.staffSees()) === 'behind');
    run.machine.setWallClock(run.machine.wallMs() + 25 * 60_000);
    await run.restart();
    await run.issue();
    return clockRow('clock back across the 04:00 day start over a reboot, 3 restarts between', run, '2026-11-24', told);
  });
}

/** The printer faults of the matrix, each played at three moments of a resident's tap. */
const matrixFaults = ['paper-out', 'cover-open', 'offline', 'no-answer', 'drop-mid-print'] as const;
type MatrixFault = (typeof matrixFaults)[number];

/** A number's print that did not come out, settled as a resident would: "not out" when uncertain, then print again once. */
async function printAgainAfterFault(kiosk: TestKiosk, ticketId: string, status: string): Promise<string> {
  if (status === 'uncertain') valueOf(await kiosk.call('resolvePrint', { ticketId, cameOut: false }));
  return valueOf(await kiosk.call('reprintTicket', { ticketId })).status;
}

/**
 * One printer fault before the choice (the ticket-type screen's check tells it, nothing is issued),
 * after the check (the tap's own check in the print session refuses, or a job dropped at its first
 * byte is uncertain) and mid-print (after 16 bytes of the ticket): numbers used, paper copies of
 * each number after the printer is mended and the resident's answer: never 2.
 */
export function printerMatrix(fault: MatrixFault): Promise<FaultRow> {
  return withRestartingKiosk(MORNING, async (run) => {
    const { printer } = run;
    const kiosk = run.kiosk();
    const numbersUsed = () => ticketRows(kiosk.core.db).count();

    printer.setFault(fault);
    const told = valueOf(await kiosk.call('getPrinterStatus', {})).state;
    const beforeChoice = { told, numbers: numbersUsed() };
    printer.setFault(null);

    const checked = valueOf(await kiosk.call('getPrinterStatus', {})).state;
    printer.setFault(fault);
    const tap = await kiosk.call('issueTicket', paperTicket);
    printer.setFault(null);
    const afterCheck = tap.ok
      ? { answer: tap.value.print.status, again: await printAgainAfterFault(kiosk, tap.value.ticket.id, tap.value.print.status), copies: printer.copiesOf(tap.value.ticket.displayNumber) }
      : { answer: tap.error.code, again: '-', copies: 0 };
    const afterCheckNumbers = numbersUsed() - beforeChoice.numbers;

    printer.setFault(fault, { afterJobBytes: 16 });
    const { ticket, print } = valueOf(await kiosk.call('issueTicket', paperTicket));
    printer.setFault(null);
    const again = await printAgainAfterFault(kiosk, ticket.id, print.status);
    const midPrint = { answer: print.status, again, copies: printer.copiesOf(ticket.displayNumber) };

    const refusedOrSettled = tap.ok ? afterCheck.again === 'printed' && afterCheck.copies === 1 : afterCheck.answer === 'PRINTER_UNAVAILABLE' && afterCheckNumbers === 0;
    return {
      scenario: `printer ${fault === 'drop-mid-print' ? 'drops the connection' : fault === 'no-answer' ? 'goes silent' : fault}: before the choice, after the check, mid-print`,
      expected: 'told before the choice (a drop cannot be) with 0 numbers; after the check refused with 0 numbers (or, dropped, printed once after "not out"); mid-print not "printed", then exactly 1 copy',
      observed: `before: ${beforeChoice.told}, ${beforeChoice.numbers} numbers; after the check (${checked}): ${afterCheck.answer}, ${afterCheckNumbers} numbers, again ${afterCheck.again}, ${afterCheck.copies} copies; mid-print: ${midPrint.answer}, again ${midPrint.again}, ${midPrint.copies} copies`,
      pass:
        // A printer that only drops the connection under a job answers a status read as ready: only the job can find it.
        (fault === 'drop-mid-print' ? beforeChoice.told === 'ready' : beforeChoice.told !== 'ready') &&
        beforeChoice.numbers === 0 &&
        checked === 'ready' &&
        refusedOrSettled &&
        midPrint.answer !== 'printed' &&
        midPrint.again === 'printed' &&
        midPrint.copies === 1,
    };
  });
}

/** Source addresses on the loopback network, one per attacker: 127.1.0.1, 127.1.0.2, … */
const sourceAddress = (index: number) => `127.1.${Math.floor(index / 250)}.${1 + (index % 250)}`;

/** A JSON POST over a real connection from `localAddress`; answers the status. */
function postFrom(url: string, body: unknown, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

/** Each address sends one guess, 25 at a time; answers the count of each status. */
async function guessFromMany(url: string, addresses: number, body: (index: number) => unknown): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (let first = 0; first < addresses; first += 25) {
    const batch = Array.from({ length: Math.min(25, addresses - first) }, (_, offset) => postFrom(url, body(first + offset), sourceAddress(first + offset)));
    for (const status of await Promise.all(batch)) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return statuses;
}

const statusCounts = (statuses: Map<number, number>) => [...statuses].map(([status, count]) => `${count}× ${status}`).join(', ');

/** Turns the kiosk's LAN server on from the staff screen; answers its base URL. */
async function lanBase(kiosk: TestKiosk): Promise<string> {
  valueOf(await kiosk.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
  return valueOf(await kiosk.call('setLanServer', { enabled: true })).counterPageUrls[0].replace(/\/counter$/, '');
}

async function auditOf(kiosk: TestKiosk, action: AuditAction) {
  return valueOf(await kiosk.call('getAuditLog', { limit: 500 })).entries.filter((entry) => entry.action === action);
}

/**
 * Pairing codes guessed from many source addresses, one guess each (no per-address limit is ever
 * reached): the global count locks pairing for every address, the lockout outlives a restart, every
 * wrong code is audited with its address, staff see it, and only the manager's lift lets the right code in.
 */
export function pairingBruteForce(addresses: number): Promise<FaultRow> {
  return withRestartingKiosk(
    MORNING,
    async (run) => {
      let base = await lanBase(run.kiosk());
      const { code } = valueOf(await run.kiosk().call('createPairingCode', { counterId: 'counter-1' }));
      const wrong = (index: number) => String((Number(code) + 1 + index) % 1_000_000).padStart(6, '0');
      const statuses = await guessFromMany(`${base}/api/pair`, addresses, (index) => ({ code: wrong(index) }));
      const checked = statuses.get(401) ?? 0;
      const rightDuringLockout = await postFrom(`${base}/api/pair`, { code }, sourceAddress(addresses));
      const shown = (await run.staffOverview()).refusedPairings;
      const audited = await auditOf(run.kiosk(), 'pairing-failed');
      const auditedSources = new Set(audited.map((entry) => entry.detail.source)).size;

      await run.restart();
      base = await lanBase(run.kiosk());
      const rightAfterRestart = await postFrom(`${base}/api/pair`, { code }, sourceAddress(addresses + 1));
      valueOf(await run.kiosk().call('liftLanLockout', { lockout: 'pairing' }));
      const rightAfterLift = await postFrom(`${base}/api/pair`, { code }, sourceAddress(addresses + 2));
      const { freeAttempts } = PAIRING_LOCKOUT;
      return {
        scenario: `pairing codes guessed from ${addresses} source addresses, one each`,
        expected: `${freeAttempts} checked before the lockout, then 429 for every address (the right code too, also after a restart); each wrong code audited with its address; staff see the lockout; the manager's lift lets the right code pair`,
        observed: `${checked} checked before the lockout (${statusCounts(statuses)}); right code: ${rightDuringLockout} during the lockout, ${rightAfterRestart} after a restart, ${rightAfterLift} after the lift; audited ${audited.length} from ${auditedSources} addresses; staff screen: ${shown.consecutiveFailures} in a row, ${shown.lockedUntil ? 'locked' : 'not locked'}`,
        pass:
          checked === freeAttempts &&
          statuses.get(429) === addresses - freeAttempts &&
          rightDuringLockout === 429 &&
          rightAfterRestart === 429 &&
          rightAfterLift === 200 &&
          audited.length === freeAttempts &&
          auditedSources === freeAttempts &&
          shown.consecutiveFailures === freeAttempts &&
          shown.lockedUntil !== null,
      };
    },
    { lan: true },
  );
}

/**
 * Staff PINs guessed at the LAN manager page from many source addresses, one each: the page's own
 * kept lockout counts them all together and outlives a restart, every wrong PIN is audited with its
 * address and shown to staff, and the kiosk's keypad stays open to staff (a LAN guesser cannot lock it).
 */
export function staffPinBruteForce(addresses: number): Promise<FaultRow> {
  return withRestartingKiosk(
    MORNING,
    async (run) => {
      let base = await lanBase(run.kiosk());
      const statuses = await guessFromMany(`${base}/api/manager/login`, addresses, (index) => ({ pin: String(100_000 + index) }));
      const checked = statuses.get(401) ?? 0;
      const rightPinOnPage = await postFrom(`${base}/api/manager/login`, { pin: DEMO_STAFF_PIN }, sourceAddress(addresses));
      await run.restart();
      const keypad = await run.kiosk().call('unlockStaff', { pin: DEMO_STAFF_PIN });
      base = await lanBase(run.kiosk());
      const rightPinAfterRestart = await postFrom(`${base}/api/manager/login`, { pin: DEMO_STAFF_PIN }, sourceAddress(addresses + 1));
      const shown = (await run.staffOverview()).refusedManagerPagePins;
      const audited = (await auditOf(run.kiosk(), 'unlock-failed')).filter((entry) => entry.detail.via === 'lan');
      const auditedSources = new Set(audited.map((entry) => entry.detail.from)).size;
      const free = PIN_LOCKOUT.freeAttempts;
      return {
        scenario: `staff PINs guessed at the LAN manager page from ${addresses} source addresses, one each`,
        expected: `${free} checked before the lockout, then 429 for every address (the right PIN too, also after a restart); the kiosk's keypad still opens; each wrong PIN audited with its address; staff see the lockout`,
        observed: `${checked} checked before the lockout (${statusCounts(statuses)}); right PIN on the page: ${rightPinOnPage}, after a restart ${rightPinAfterRestart}; keypad after a restart: ${keypad.ok ? 'opens' : keypad.error.code}; audited ${audited.length} from ${auditedSources} addresses; staff screen: ${shown.consecutiveFailures} in a row, ${shown.lockedUntil ? 'locked' : 'not locked'}`,
        pass:
          checked === free &&
          statuses.get(429) === addresses - free &&
          rightPinOnPage === 429 &&
          rightPinAfterRestart === 429 &&
          keypad.ok &&
          audited.length === free &&
          auditedSources === free &&
          shown.consecutiveFailures === free &&
          shown.lockedUntil !== null,
      };
    },
    { lan: true },
  );
}

/** Every scenario with its size for the mode; the short mode runs in `npm test`, one vitest test per scenario. */
export function faultScenarios({ long }: FaultRunOptions): FaultScenario[] {
  const rounds = long ? 20 : 3;
  return [
    { name: 'kill -9, 1 process', run: () => killNineLoop(1, rounds), shortLimitMs: 90_000 },
    { name: 'kill -9, 4 processes', run: () => killNineLoop(4, long ? rounds / 2 : 2), shortLimitMs: 120_000 },
    { name: 'multi-process start-up', run: () => multiProcessStartUp(long ? 20 : 3), shortLimitMs: 150_000 },
    { name: 'fresh database, 4 processes', run: () => freshDatabaseByFour(long ? 25 : 5), shortLimitMs: 90_000 },
    { name: 'clock forward and back', run: clockForwardAndBack, shortLimitMs: 45_000 },
    { name: 'clock far-future reading', run: farFutureReading, shortLimitMs: 45_000 },
    { name: 'clock back across the day start', run: clockBackAcrossDayStart, shortLimitMs: 45_000 },
    ...matrixFaults.map((fault) => ({ name: `printer ${fault}`, run: () => printerMatrix(fault), shortLimitMs: 45_000 })),
    { name: 'pairing brute force, many addresses', run: () => pairingBruteForce(long ? 2_000 : 200), shortLimitMs: 60_000 },
    { name: 'staff PIN brute force, many addresses', run: () => staffPinBruteForce(long ? 1_000 : 100), shortLimitMs: 60_000 },
  ];
}

export async function runFaultScenarios(options: FaultRunOptions): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  for (const { name, run } of faultScenarios(options)) {
    try {
      rows.push(await run());
    } catch (error) {
      // A scenario that could not finish is a failed row, so the table still shows every other row.
      rows.push({ scenario: name, expected: 'completes', observed: `error: ${error instanceof Error ? error.message : String(error)}`, pass: false });
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
