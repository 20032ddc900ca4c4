import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { createProcessOwner, type ProcessOwner } from '../processOwner';
import { useTempDirs } from '../testSupport/tempDir';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { issueTicket } from '../issuing/issueTicket';
import { claimPrintJob, finishUnprintedJob, resolveUncertainPrint, settleAbandonedPrints, uncertainPrints } from './printJobs';
import { getTicket } from './tickets';

const tempDir = useTempDirs();
const clock = { now: () => Date.parse('2026-03-02T01:00:00.000Z') };

/** A pid that certainly held a process on this boot and holds none now. */
function pidOfExitedProcess(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function kioskWithPaperTicket(owner: ProcessOwner) {
  const db = openDatabase(join(tempDir(), 'k.db'));
  const serviceId = testOffice.services[0].id;
  const { ticket } = issueTicket(db, testOffice, clock, { serviceId, kind: 'paper', language: 'ko' }, owner);
  return { db, ticketId: ticket.id, displayNumber: ticket.displayNumber };
}

describe('print jobs and their owner processes', () => {
  it('knows its own and a live process as alive, and an exited pid, another boot or garbage as gone', () => {
    const me = createProcessOwner();
    const [boot] = me.id.split('/');
    expect(me.isAlive(me.id)).toBe(true);
    expect(me.isAlive(`${boot}/${process.ppid}/abc`)).toBe(true);
    expect(me.isAlive(`${boot}/${pidOfExitedProcess()}/abc`)).toBe(false);
    expect(me.isAlive(`${boot}/${process.pid}/an-earlier-run`)).toBe(false);
    expect(me.isAlive(`another-boot/${process.ppid}/abc`)).toBe(false);
    expect(me.isAlive('before-print-jobs')).toBe(false);
  });

  it('at start-up turns only prints of gone owners uncertain, never failed, and leaves a live process its own', () => {
    const starting = createProcessOwner();
    const [boot] = starting.id.split('/');
    const alive = { id: `${boot}/${process.ppid}/other-kiosk-process`, isAlive: () => true };
    const gone = { id: `${boot}/${pidOfExitedProcess()}/crashed`, isAlive: () => true };
    const { db, ticketId: liveTicket } = kioskWithPaperTicket(alive);
    const serviceId = testOffice.services[0].id;
    const { ticket: crashed } = issueTicket(db, testOffice, clock, { serviceId, kind: 'paper', language: 'ko' }, gone);

    expect(settleAbandonedPrints(db, starting)).toBe(1);
    expect(uncertainPrints(db).map((print) => print.ticketId)).toEqual([crashed.id]);
    expect(getTicket(db, crashed.id).print_state).toBe('pending');
    expect(getTicket(db, liveTicket).print_state).toBe('pending');
    // Not reprintable until someone says nothing came out.
    expect(() => claimPrintJob(db, crashed.id, 'reprint', starting, clock.now())).toThrow(/not a failed print/);
    db.close();
  });

  it('settles an uncertain print by what the resident saw: out is printed, not out may print again once', () => {
    const owner = createProcessOwner();
    const { db, ticketId } = kioskWithPaperTicket(owner);
    expect(() => resolveUncertainPrint(db, ticketId, true, clock.now())).toThrow(/no print of unknown outcome/);
    finishUnprintedJob(db, ticketId, { status: 'uncertain', reason: 'timeout' }, clock.now());
    resolveUncertainPrint(db, ticketId, false, clock.now());
    expect(getTicket(db, ticketId).print_state).toBe('failed');
    claimPrintJob(db, ticketId, 'reprint', owner, clock.now());
    expect(() => claimPrintJob(db, ticketId, 'reprint', owner, clock.now())).toThrow(/not a failed print/);
    finishUnprintedJob(db, ticketId, { status: 'uncertain', reason: 'connection-lost' }, clock.now());
    resolveUncertainPrint(db, ticketId, true, clock.now());
    expect(getTicket(db, ticketId).print_state).toBe('printed');
    expect(uncertainPrints(db)).toEqual([]);
    db.close();
  });
});
