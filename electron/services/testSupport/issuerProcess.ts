/**
 * A separate OS process that issues tickets on a real database file, printing one JSON line per
 * ticket only after its transaction committed: the line is the acknowledgement a kiosk would print.
 * Usage: node --import tsx issuerProcess.ts <dbFile> <serviceId> <count|forever>
 */
import { systemClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { testRunPidVariable } from './nodeProcess';

const [dbFile, serviceId, countArg] = process.argv.slice(2);
const db = openDatabase(dbFile);
const limit = countArg === 'forever' ? Number.POSITIVE_INFINITY : Number(countArg);

// The loop never yields, so a broken stdout pipe would go unnoticed: without this check a test run
// that died or timed out leaves "forever" issuers burning the machine's cores. The pid comes from
// the parent rather than process.ppid, which Node reads once at start: under load the test run can
// be gone before this process boots, and then process.ppid is already the init process.
const testRunPid = Number(process.env[testRunPidVariable]);
function testRunIsAlive(): boolean {
  try {
    process.kill(testRunPid, 0);
    return true;
  } catch {
    return false;
  }
}

for (let i = 0; i < limit && testRunIsAlive(); i += 1) {
  const { ticket } = issueTicket(db, testOffice, systemClock, { serviceId, kind: 'paper', language: 'ko' });
  process.stdout.write(`${JSON.stringify({ id: ticket.id, displayNumber: ticket.displayNumber, businessDay: ticket.businessDay })}\n`);
}
db.close();
