import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeConfig } from '../../../shared/office';
import { systemClock, type Clock } from '../clock';
import { openDatabase, type Database } from '../database/openDatabase';
import { createKioskRoutes, type KioskRoute } from '../ipc/kioskRoutes';
import { consoleLogger, type Logger } from '../logger';
import { demoOffice } from '../office/demoOffice';
import { loadOffice } from '../office/officeStore';
import { createQueueChanges, type QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { markInterruptedPrintsFailed } from '../queue/tickets';
import { encodeTicket } from '../printing/escpos/ticketEncoder';
import type { ReceiptPrinter } from '../printing/types';
import type { KioskChannel } from '../../../shared/ipc/contract';
import { createKioskHandlers } from './kioskHandlers';
import { createTicketPrinting } from './ticketPrinting';

export interface KioskCoreOptions {
  dataDir: string;
  printer: ReceiptPrinter;
  clock?: Clock;
  /** Seeds the office on first start; a configured kiosk keeps its own. */
  initialOffice?: OfficeConfig;
  log?: Logger;
  /** The font for receipt text outside KS X 1001; a packaged app passes the unpacked copy. */
  receiptFontPath?: string;
}

export interface KioskCore {
  db: Database;
  queue: QueueContext;
  changes: QueueChanges;
  routes: ReadonlyMap<KioskChannel, KioskRoute>;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'sunbeon.db';

/** Everything behind the kiosk's IPC, with no Electron in it: main, the test bridge and the bench build the same core. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const log = options.log ?? consoleLogger;
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const interrupted = markInterruptedPrintsFailed(db);
  if (interrupted > 0) log.warn(`${interrupted} ticket(s) were being printed when the kiosk stopped; they can be reprinted`);
  const office = loadOffice(db, options.initialOffice ?? demoOffice);

  const queue: QueueContext = { db, office: () => office, clock };
  const changes = createQueueChanges();
  const printing = createTicketPrinting({
    db,
    office: () => office,
    printer: options.printer,
    encodeTicket: (data) => encodeTicket(data, { fontPath: options.receiptFontPath }),
  });
  const handlers = createKioskHandlers({ queue, changes, printing, log });
  return {
    db,
    queue,
    changes,
    routes: createKioskRoutes(handlers, log),
    async close() {
      await options.printer.close();
      db.close();
    },
  };
}
