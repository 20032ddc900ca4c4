import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../nodeShared/clock';
import { openDatabase, writeTransaction } from '../database/openDatabase';
import { PROCESS_TEST_TIMEOUT_MS, startTsProcess } from '../testSupport/nodeProcess';
import { useTempDirs } from '../testSupport/tempDir';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { issueTicket } from '../issuing/issueTicket';

const tempDir = useTempDirs();
const callerScript = join(__dirname, '../testSupport/callerProcess.ts');

describe('counters calling from several processes at the same instant', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('never hands the same ticket to two counters, and leaves none behind', async () => {
    const dbFile = join(tempDir(), 'k.db');
    const db = openDatabase(dbFile);
    // The line is set up in one commit: what is under test is the callers' commits, not 600 fsyncs before them.
    const issued = writeTransaction(db, () =>
      Array.from({ length: 600 }, () => issueTicket(db, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' }).ticket.id),
    );
    db.close();

    const callers = testOffice.counters.map((counter) => startTsProcess<{ id: string; counterId: string }>(callerScript, [dbFile, counter.id]));
    const codes = await Promise.all(callers.map((c) => c.exited));
    expect(codes, callers.map((c) => c.stderr()).join('\n')).toEqual(callers.map(() => 0));

    const called = callers.flatMap((c) => c.lines.map((line) => line.id));
    expect(called).toHaveLength(issued.length);
    expect(new Set(called)).toEqual(new Set(issued));
    const busyCounters = callers.filter((c) => c.lines.length > 0).length;
    expect(busyCounters).toBeGreaterThan(1);

    const check = openDatabase(dbFile);
    const rows = check.prepare(`SELECT status, COUNT(*) AS n FROM tickets GROUP BY status ORDER BY status`).all();
    // Each counter that got any ticket still has its last one at the desk; every other one is done.
    expect(rows).toEqual([
      { status: 'called', n: busyCounters },
      { status: 'done', n: issued.length - busyCounters },
    ]);
    check.close();
  });
});
