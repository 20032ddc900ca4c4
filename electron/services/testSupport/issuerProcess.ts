/**
 * A separate OS process that issues tickets on a real database file, printing one JSON line per
 * ticket only after its transaction committed: the line is the acknowledgement a kiosk would print.
 * Usage: node --import tsx issuerProcess.ts <dbFile> <serviceId> <count|forever>
 */
import { systemClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { testRunIsAlive } from './nodeProcess';

const [dbFile, serviceId, countArg] = process.argv.slice(2);
const db = openDatabase(dbFile);
const limit = countArg === 'forever' ? Number.POSITIVE_INFINITY : Number(countArg);

// The loop never yields, so a broken stdout pipe would go unnoticed: without this check a test run
// that died or timed out leaves "forever" issuers burning the machine's cores.
for (let i = 0; i < limit && testRunIsAlive(); i += 1) {
  const { ticket } = issueTicket(db, testOffice, systemClock, { serviceId, kind: 'paper', language: 'ko' });
  process.stdout.write(`${JSON.stringify({ id: ticket.id, displayNumber: ticket.displayNumber, businessDay: ticket.businessDay })}\n`);
}
db.close();
