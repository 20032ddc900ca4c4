/**
 * A counter in its own OS process: opens its counter and calls the next ticket until the line is
 * empty, printing one JSON line per ticket it got.
 * Usage: node --import tsx callerProcess.ts <dbFile> <counterId>
 */
import { systemClock } from '../../../nodeShared/clock';
import { openDatabase } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { callNext, setCounterState } from '../queue/calling';
import { testOffice } from '../../../tools/fixtures/testOffice';

const [dbFile, counterId] = process.argv.slice(2);
const ctx = { db: openDatabase(dbFile), office: () => testOffice, clock: systemClock };
setCounterState(ctx, counterId, 'open');
for (;;) {
  try {
    const ticket = callNext(ctx, counterId);
    process.stdout.write(`${JSON.stringify({ id: ticket.id, displayNumber: ticket.displayNumber, counterId })}\n`);
  } catch (error) {
    if (error instanceof KioskError && error.code === 'QUEUE_EMPTY') break;
    throw error;
  }
}
ctx.db.close();
