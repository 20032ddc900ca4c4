import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { createPrinter } from '../printing/createPrinter';
import type { ReceiptPrinter } from '../printing/types';
import { uncertainPrints } from '../queue/printJobs';
import { ticketRows } from '../queue/ticketRows';
import { getTicket } from '../queue/tickets';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf, type TestKiosk } from '../testSupport/testKiosk';
import { startVirtualPrinter, type VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { walCommitCounter } from '../../../tools/walCommits';
import { DATABASE_FILE } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const printers: VirtualPrinter[] = [];
afterEach(async () => {
  for (const printer of printers.splice(0)) await printer.stop();
});

/** The printer the kiosk talks to, counting which of its operations the kiosk asks for; `holdPrints` keeps ticket sessions from starting until released. */
function countingPrinter(port: number) {
  const printer = createPrinter({ transport: 'network', host: '127.0.0.1', port, timeoutMs: 2_000 });
  const calls: string[] = [];
  let held: Promise<void> = Promise.resolve();
  const counted: ReceiptPrinter = {
    readStatus: (abandon) => (calls.push('readStatus'), printer.readStatus(abandon)),
    print: (job) => (calls.push('print'), printer.print(job)),
    printIfReady: (jobFor) => (calls.push('printIfReady'), held.then(() => printer.printIfReady(jobFor))),
    close: () => printer.close(),
  };
  const holdPrints = (): (() => void) => {
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    return release;
  };
  return { counted, calls, holdPrints };
}

async function kioskOnVirtualPrinter() {
  const virtual = await startVirtualPrinter({ port: 0 });
  printers.push(virtual);
  const dataDir = tempDir();
  const { counted, calls, holdPrints } = countingPrinter(virtual.port);
  const kiosk = kiosks.start({ dataDir, demo: true, printer: counted });
  return { kiosk, virtual, calls, holdPrints, dataDir };
}

/** Waits until the kiosk's own printer read at start has finished (a read asked for meanwhile shares it), then forgets the calls so far. */
async function startUpReadDone(kiosk: TestKiosk, calls: string[]): Promise<void> {
  await vi.waitFor(() => expect(calls).toContain('readStatus'));
  await kiosk.call('getPrinterStatus', {});
  calls.splice(0);
}

const paperTicket = { serviceId: 'resident-registration', kind: 'paper', language: 'ko' } as const;

describe('issuing a paper ticket', () => {
  it('checks the printer and prints the ticket in one printer session, and records the print once the resident has the answer', async () => {
    const { kiosk, virtual, calls } = await kioskOnVirtualPrinter();
    // At start the kiosk reads the printer once for the staff alerts; only the tap's own calls count here.
    await startUpReadDone(kiosk, calls);
    const { ticket, print } = valueOf(await kiosk.call('issueTicket', paperTicket));

    expect(print).toEqual({ status: 'printed' });
    expect(calls).toEqual(['printIfReady']);
    expect(virtual.copiesOf(ticket.displayNumber)).toBe(1);
    await vi.waitFor(() => expect(getTicket(kiosk.core.db, ticket.id).print_state).toBe('printed'));
  });

  it('issues nothing to a printer that is not ready', async () => {
    const { kiosk, virtual } = await kioskOnVirtualPrinter();
    virtual.setFault('paper-out');

    expect(await kiosk.call('issueTicket', paperTicket)).toMatchObject({ ok: false, error: { code: 'PRINTER_UNAVAILABLE', printerState: 'paper-out' } });
    expect(ticketRows(kiosk.core.db).count()).toBe(0);
    expect(virtual.received).toBe(0);
  });

  it('records a print of unknown outcome before answering: the resident is asked about it next', async () => {
    const { kiosk, virtual } = await kioskOnVirtualPrinter();
    virtual.setFault('drop-mid-print', { afterJobBytes: 16 });

    const { ticket, print } = valueOf(await kiosk.call('issueTicket', paperTicket));
    expect(print).toEqual({ status: 'uncertain', reason: 'connection-lost' });
    expect(uncertainPrints(kiosk.core.db).map((uncertain) => uncertain.ticketId)).toEqual([ticket.id]);
  });

  it('carries a printed ticket\'s record in the next ticket\'s issue commit: one commit per ticket while taps follow each other', async () => {
    const { kiosk, dataDir } = await kioskOnVirtualPrinter();
    const commits = walCommitCounter(join(dataDir, `${DATABASE_FILE}-wal`));
    commits.newCommits();

    const tickets: Array<{ id: string }> = [];
    for (let i = 0; i < 5; i += 1) tickets.push(valueOf(await kiosk.call('issueTicket', paperTicket)).ticket);
    expect(commits.newCommits()).toBe(5);
    expect(tickets.slice(0, 4).map((ticket) => getTicket(kiosk.core.db, ticket.id).print_state)).toEqual(['printed', 'printed', 'printed', 'printed']);
    // The last one's job stays 'sending' until the printer is quiet: a crash meanwhile makes it uncertain at start-up.
    expect(getTicket(kiosk.core.db, tickets[4].id).print_state).toBe('pending');

    await vi.waitFor(() => expect(getTicket(kiosk.core.db, tickets[4].id).print_state).toBe('printed'));
    expect(commits.newCommits()).toBe(1);
  });

  it('never holds a tap behind a status read: a tap cuts a read short, and the read reads again after the print', async () => {
    const { kiosk, virtual, calls } = await kioskOnVirtualPrinter();
    await startUpReadDone(kiosk, calls);
    // A silent printer keeps the background read waiting for its 2 s timeout.
    virtual.setFault('no-answer');
    const queriesBefore = virtual.statusQueries;
    const settled: string[] = [];
    const read = kiosk.call('getPrinterStatus', {}).then((answer) => (settled.push('read'), answer));
    await vi.waitFor(() => expect(virtual.statusQueries).toBeGreaterThan(queriesBefore));
    virtual.setFault(null);

    const tap = await kiosk.call('issueTicket', paperTicket);
    settled.push('tap');
    expect(valueOf(tap).print).toEqual({ status: 'printed' });
    expect(valueOf(await read)).toMatchObject({ state: 'ready' });
    expect(settled).toEqual(['tap', 'read']);
  });

  it('lets taps asked for while a print is under way go before a status read asked for earlier; reads asked together share one reading', async () => {
    const { kiosk, calls, holdPrints } = await kioskOnVirtualPrinter();
    await startUpReadDone(kiosk, calls);

    // The first tap's print stays under way until the reads and the second tap have queued behind it.
    const releaseFirstPrint = holdPrints();
    const firstTap = kiosk.call('issueTicket', paperTicket);
    await vi.waitFor(() => expect(calls).toEqual(['printIfReady']));
    const reads = [kiosk.call('getPrinterStatus', {}), kiosk.call('getPrinterStatus', {})];
    await new Promise((resolve) => setImmediate(resolve));
    const secondTap = kiosk.call('issueTicket', paperTicket);
    await new Promise((resolve) => setImmediate(resolve));
    releaseFirstPrint();
    await Promise.all([firstTap, secondTap, ...reads]);

    expect(calls).toEqual(['printIfReady', 'printIfReady', 'readStatus']);
    for (const read of reads) expect(valueOf(await read)).toMatchObject({ state: 'ready' });
  });

  it('closes only after the print it answered is recorded', async () => {
    const { kiosk, dataDir } = await kioskOnVirtualPrinter();
    const { ticket } = valueOf(await kiosk.call('issueTicket', paperTicket));
    await kiosks.stop(kiosk);

    const db = openDatabase(join(dataDir, DATABASE_FILE));
    expect(getTicket(db, ticket.id).print_state).toBe('printed');
    db.close();
  });
});
