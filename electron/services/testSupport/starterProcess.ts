/**
 * A kiosk process starting on a shared database file: it runs the kiosk's start-up recovery of
 * interrupted prints (as createKioskCore does), then issues tickets whose prints it leaves in
 * progress, prints `{"settled":<prints it turned uncertain>,"tickets":[ids]}` and stays alive
 * (its prints with it) until stdin ends, it is killed, or the test run is gone.
 * Usage: node --import tsx starterProcess.ts <dbFile> <ticketsInProgress>
 */
import { systemClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { issueTicket } from '../issuing/issueTicket';
import { createProcessOwner } from '../processOwner';
import { settleAbandonedPrints } from '../queue/printJobs';
import { testOffice } from '../../../tools/fixtures/testOffice';
import { testRunIsAlive } from './nodeProcess';

const [dbFile, countArg] = process.argv.slice(2);
const db = openDatabase(dbFile);
const owner = createProcessOwner();
const settled = settleAbandonedPrints(db, owner);
const tickets = Array.from({ length: Number(countArg) }, () => issueTicket(db, testOffice, systemClock, { serviceId: 'bulk', kind: 'paper', language: 'ko' }, owner).ticket.id);
process.stdout.write(`${JSON.stringify({ settled, tickets })}\n`);

const stop = () => {
  db.close();
  process.exit(0);
};
process.stdin.on('end', stop).resume();
setInterval(() => testRunIsAlive() || stop(), 1_000);
