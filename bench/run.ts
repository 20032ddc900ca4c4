/** `npm run bench`: every speed and size figure of the kiosk, measured side by side with its floor in one run. */
import { printBacktest } from './backtest/printBacktest';
import { benchColdLoad, benchCommitsPerTicket, benchPageRecovery, benchRendererSize, benchTapToTicket } from './kioskBench';
import { benchDistrictLoad, benchOutageDrain } from './districtBench';
import { benchCalling, benchIssuingOverDay, benchPush } from './queueBench';
import { benchSoak, SOAK_TITLE, soakHeader } from './soakBench';
import { printTable } from './stats';

async function main(): Promise<void> {
  const tap = await benchTapToTicket();
  printTable('Paper ticket: tap → last printer byte acknowledged (300 tickets, virtual printer on loopback)', ['measure', 'p50', 'p95', 'p99'], tap.rows);
  printTable('Paper ticket: commits and fsyncs', ['measure', 'per ticket', 'note'], benchCommitsPerTicket(tap.commits));
  printTable('Page weight (fonts come on top: see the cold-load table)', ['page', 'raw', 'gzip'], benchRendererSize());
  printTable(`Renderer cold load in Chromium (fresh context each time)`, ['measure', 'p50', 'p95'], await benchColdLoad());
  const recovery = await benchPageRecovery();
  printTable('Crashed kiosk page → start screen again (bridge, Chromium; 8 crashes)', ['measure', 'p50', 'p95'], recovery.crashed);
  printTable('Hung kiosk page → start screen again (bridge, Chromium, the page watchdog; 8 hangs)', ['measure', 'p50', 'p95'], recovery.hung);
  printTable('A normal flow on a watched page (no false restarts)', ['measure', 'p50', 'p95', 'note'], recovery.normalFlow);
  printTable('Calling the queue (real SQLite file, WAL + synchronous=FULL)', ['measure', 'p50', 'p95', 'p99'], await benchCalling());
  printTable('Issuing over a long day (real SQLite file)', ['measure', 'p50', 'p95', 'p99'], await benchIssuingOverDay());
  printTable('Live push to the display board (LAN server on loopback)', ['measure', 'p50', 'p95', 'p99'], await benchPush());
  printTable('District sync and server (loopback only)', ['measure', 'total', 'rate'], await benchOutageDrain());
  printTable('District server: SQLite and PostgreSQL, one and two instances, beside the bare-Node floor (loopback only)', ['measure', 'total', 'rate', 'vs floor'], await benchDistrictLoad());
  printTable(SOAK_TITLE, soakHeader, await benchSoak());
  printBacktest();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
