/** `npm run bench`: every speed and size figure of the kiosk, measured side by side with its floor in one run. */
import { benchColdLoad, benchRendererSize, benchTapToTicket } from './kioskBench';
import { printTable } from './stats';

async function main(): Promise<void> {
  printTable('Paper ticket: tap → last printer byte acknowledged (300 tickets, virtual printer on loopback)', ['measure', 'p50', 'p95', 'p99'], await benchTapToTicket());
  printTable('Renderer bundle', ['asset', 'raw', 'gzip'], benchRendererSize());
  printTable(`Renderer cold load in Chromium (fresh context each time)`, ['measure', 'p50', 'p95'], await benchColdLoad());
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
