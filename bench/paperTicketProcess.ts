/**
 * Issues and prints <count> paper tickets through a kiosk core on a virtual printer, <gapMs> apart
 * (0: one after the other), then exits: run under strace by the bench to count the fsyncs of the
 * run against a run with count 0.
 * Usage: node --import tsx bench/paperTicketProcess.ts <dataDir> <count> <gapMs>
 */
import { kioskContract } from '../shared/ipc/contract';
import { createKioskCore } from '../electron/services/kiosk/kioskCore';
import { createPrinter } from '../electron/services/printing/createPrinter';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';

async function issuePaperTickets(dataDir: string, count: number, gapMs: number): Promise<void> {
  const printer = await startVirtualPrinter({ port: 0 });
  const core = createKioskCore({
    dataDir,
    demo: true,
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port }),
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (message) => console.error(message) },
  });
  const issue = core.routes.get(kioskContract.issueTicket.channel)!;
  for (let i = 0; i < count; i += 1) {
    const answer = await issue({ serviceId: 'resident-registration', kind: 'paper', language: 'ko' });
    if (!answer.ok) throw new Error(`issuing failed: ${answer.error.code}`);
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  await core.close();
  await printer.stop();
}

const [dataDir, countArg, gapArg] = process.argv.slice(2);
issuePaperTickets(dataDir, Number(countArg), Number(gapArg)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
