/**
 * A separate OS process that opens kiosk database files when told to: for each line `<dbFile>` on
 * stdin it opens (creating and migrating) that file, closes it and prints `{"opened":<dbFile>}`, or
 * `{"failed":<dbFile>,"error":<message>}`. Several of these opening one new file together is a
 * kiosk and its tools starting at once on a fresh install. It prints `{"ready":true}` once loaded.
 * Usage: node --import tsx openerProcess.ts
 */
import { createInterface } from 'node:readline';
import { openDatabase } from '../database/openDatabase';

process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
createInterface({ input: process.stdin }).on('line', (dbFile) => {
  try {
    openDatabase(dbFile).close();
    process.stdout.write(`${JSON.stringify({ opened: dbFile })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ failed: dbFile, error: error instanceof Error ? error.message : String(error) })}\n`);
  }
});
