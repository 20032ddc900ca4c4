import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OfficeConfig } from '../../../shared/office';
import { pinProblem } from '../../../shared/staff';
import { systemClock, type Clock } from '../../../nodeShared/clock';
import { openDatabase, type Database } from '../database/openDatabase';
import { createKioskRoutes, type KioskRoute } from '../ipc/kioskRoutes';
import { createLogger, type Logger } from '../../../nodeShared/logger';
import { demoOffice } from '../office/demoOffice';
import { officeFaceCutter } from '../fonts/officeFaces';
import { startPageDrawer } from '../startPage/startPage';
import { defaultReceiptFontPath } from '../printing/escpos/receiptFont';
import { createOfficeHolder } from '../office/officeStore';
import { createQueueChanges, type QueueChanges } from '../queue/queueChanges';
import { queueNow, type QueueContext } from '../queue/queueContext';
import { settleAbandonedPrints } from '../queue/printJobs';
import { systemMachineTime, type MachineTime } from '../queue/machineTime';
import { startQueueClock } from '../queue/queueClock';
import { createProcessOwner } from '../processOwner';
import { encodeTextReceipt, encodeTicket, type ReceiptLine } from '../printing/escpos/ticketEncoder';
import type { ReceiptPrinter, TicketPrintData } from '../printing/types';
import type { PaperWidthMm } from '../printing/escpos/commands';
import { createPrinter } from '../printing/createPrinter';
import { createPrinterChoice, printerAtStart, type OpenPrinter } from './printerChoice';
import { createDeviceSettingsHandlers } from './deviceSettingsHandlers';
import type { KioskChannel } from '../../../shared/ipc/contract';
import { createLanController, type LanController, type LanOptions } from '../lan/lanController';
import { auditWith, createAdminHandlers, isSetupNeeded } from './adminHandlers';
import { createResidentHandlers } from './kioskHandlers';
import { createSettingsHandlers } from './settingsHandlers';
import { startDistrictLink, type DistrictOptions } from './districtLink';
import { startDistrictChoice, type DistrictChoice } from './districtChoice';
import type { KeyProvider } from '../privacy/keyProviders';
import { startHousekeeping } from './housekeeping';
import { startDaySummaries, type DaySummaries } from './daySummaries';
import { startOfficeAlerts } from './officeAlerts';
import { createDeskHandlers } from './deskHandlers';
import { createStatisticsHandlers } from './statisticsHandlers';
import { createMobileHandlers } from './mobileHandlers';
import { createStaffHandlers } from './staffHandlers';
import { createStaffSession, seedStaffPin } from './staffSession';
import type { LockoutClocks } from '../staff/lockoutEnd';
import { createTicketPrinting } from './ticketPrinting';
import { createFailureRecord, kioskHealthReporter } from './kioskHealth';
import { readUpdateStatus } from '../updates/updateStatusFile';
import type { ChooseExportFolder } from './logBundle';
import { recentErrorsReader } from '../../../nodeShared/logFiles';
import { KioskError } from '../kioskError';

export interface KioskCoreOptions {
  dataDir: string;
  printer: ReceiptPrinter;
  /** Simulated time (bench, demo day, tests): the queue follows it as it is, with no clock-fault checks. */
  clock?: Clock;
  /** Without `clock`: the machine whose wall clock the queue checks against time since boot (default: this one). */
  machineTime?: MachineTime;
  /**
   * Run the demo: the demo office and its PIN seed an empty kiosk. Without it (a packaged kiosk) an
   * empty kiosk shows the first-run setup.
   */
  demo?: boolean;
  /** Seeds the office on first start (district IT's office file); a configured kiosk keeps its own. */
  initialOffice?: OfficeConfig;
  log?: Logger;
  /** Where `log` writes its rotating files: staff export them from here and see the latest errors. */
  logDir?: string;
  /** Asks staff for the folder (a USB stick) to save the logs into: main's folder picker, through the host. */
  chooseExportFolder?: ChooseExportFolder;
  /** The font for receipt text outside KS X 1001; a packaged app passes the unpacked copy. */
  receiptFontPath?: string;
  /** The receipt roll's width (default 80 mm): every printed line is fitted to it. */
  paperWidthMm?: PaperWidthMm;
  /**
   * The address `printer` was opened from, as IT wrote it (SUNBEON_PRINTER). It seeds a new kiosk:
   * a printer the manager chose on the settings screen replaces it, now and after a restart.
   */
  printerAddress?: string;
  /** Opens the printer the manager chose (default: the real network, USB and serial transports). */
  openPrinter?: OpenPrinter;
  /** Where counter pages and boards may reach this kiosk once staff turn the LAN server on. */
  lan?: LanOptions;
  /** The manager PIN a new kiosk starts with (district IT may set it at install); never replaces one staff chose. */
  initialStaffPin?: string;
  /**
   * The district server for mobile tickets and sync as IT gave it (SUNBEON_DISTRICT_URL, …): it seeds
   * a kiosk; one the manager set on the kiosk replaces it. Without either, paper tickets only.
   */
  district?: DistrictOptions;
  /**
   * The key main unsealed from the OS keystore (the core has none of its own): the district secret
   * set on the kiosk is kept sealed under it. Without it (and without `district`'s) none can be set.
   */
  keystore?: KeyProvider;
  /** The app's version as built, for the district's fleet page. */
  appVersion?: string;
  /**
   * The built app (out/): the core draws the office's start screen into its kiosk page
   * (startPage/startPage.ts). Without it (unit tests) the page is served as built.
   */
  appDir?: string;
}

export const DEMO_STAFF_PIN = '0000';

export interface KioskCore {
  db: Database;
  queue: QueueContext;
  changes: QueueChanges;
  /** Null when the kiosk was started without LAN options. */
  lan: LanController | null;
  routes: ReadonlyMap<KioskChannel, KioskRoute>;
  daySummaries: DaySummaries;
  /** The district link in force, its secret sealed, for main's updater. */
  district: Pick<DistrictChoice, 'sealedInForce' | 'onChange'>;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'sunbeon.db';
/** What a kiosk started without a version (tests, tools) reports. */
const DEV_VERSION = '0.0.0-dev';

/** Enough to read to IT over the phone; the exported files hold the rest. */
const RECENT_ERRORS_SHOWN = 5;

const noFolderPicker: ChooseExportFolder = () => Promise.reject(new KioskError('EXPORT_FAILED', 'This kiosk has no folder picker to save the logs with'));

/** Everything behind the kiosk's IPC, with no Electron in it: main, the test bridge and the bench build the same core. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const log = options.log ?? createLogger('sunbeon');
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const owner = createProcessOwner();
  const interrupted = settleAbandonedPrints(db, owner);
  if (interrupted > 0) log.warn(`${interrupted} ticket(s) were being printed when the kiosk stopped: staff or the resident say whether they came out`);
  const fontDir = dirname(options.receiptFontPath ?? defaultReceiptFontPath());
  const officeFaces = officeFaceCutter(fontDir, options.dataDir, () => (office.configured() ? office.current() : null), (error) =>
    // The page then draws the office's names from the Pretendard parts: slower to load, still right.
    log.warn(`The office's faces could not be cut: ${error instanceof Error ? error.message : String(error)}`),
  );
  const startPage = options.appDir
    ? startPageDrawer(options.appDir, options.dataDir, () => (isSetupNeeded(office, session) ? null : office.current()), (error) =>
        // The page then starts from its empty root: slower to show, still right.
        log.warn(`The start page could not be drawn: ${error instanceof Error ? error.message : String(error)}`),
      )
    : null;
  const office = createOfficeHolder(db, options.initialOffice ?? (options.demo ? demoOffice : undefined), () => new Date(clock.now()).toISOString(), () => {
    officeFaces.schedule();
    startPage?.schedule();
  });
  if (options.initialStaffPin && pinProblem(options.initialStaffPin)) {
    throw new Error(`SUNBEON_STAFF_PIN is refused (${pinProblem(options.initialStaffPin)}): use 6 to 12 digits, not a run like 123456 or 000000`);
  }
  const managerPin = options.initialStaffPin ?? (options.demo ? DEMO_STAFF_PIN : undefined);
  if (managerPin) seedStaffPin(db, clock, 'manager', managerPin);

  const machineTime = options.machineTime ?? systemMachineTime;
  const queueClock = options.clock
    ? null
    : startQueueClock(db, machineTime, {
        onFault: ({ direction }) => log.warn(`The wall clock jumped ${direction === 'ahead' ? 'ahead of' : 'behind'} the time that passed: the queue keeps its own time until staff confirm the new one`),
      });
  const queue: QueueContext = { db, office: office.current, clock: queueClock ?? clock };
  const changes = createQueueChanges();
  const fit = (paperWidthMm: PaperWidthMm) => {
    const receiptLayout = { fontPath: options.receiptFontPath, paperWidthMm };
    return { encodeTicket: (data: TicketPrintData) => encodeTicket(data, receiptLayout), encodeText: (lines: readonly ReceiptLine[]) => encodeTextReceipt(lines, receiptLayout) };
  };
  const openPrinter = options.openPrinter ?? createPrinter;
  const givenWidth = options.paperWidthMm ?? 80;
  const printerInForce = printerAtStart(
    { db, log, open: openPrinter },
    { printer: options.printer, setting: options.printerAddress ? { address: options.printerAddress, paperWidthMm: givenWidth } : null },
  );
  const printing = createTicketPrinting({
    db,
    office: office.current,
    printer: printerInForce.printer,
    ...fit(printerInForce.setting?.paperWidthMm ?? givenWidth),
    owner,
    now: () => queueNow(queue),
  });
  const printerChoice = createPrinterChoice({ db, printing, open: openPrinter, fit, atStart: printerInForce.setting });
  // PIN and pairing lockouts run on the queue's time and, on the same boot, on time since boot: a wall
  // clock set forward must not lift one. An address's wrong attempts a minute (in memory) run on time since
  // boot alone. The idle lock counts time that passed, so staff confirming a clock that moved a day does
  // not lock them out at once.
  const lockoutClocks: LockoutClocks = {
    trusted: queue.clock,
    sinceBoot: options.clock ?? { now: () => machineTime.sinceBootMs() },
    bootId: () => machineTime.bootId(),
  };
  const session = createStaffSession(db, lockoutClocks);
  // Before the core answers: the page must not ask for faces or a start page not yet on disk.
  officeFaces.now();
  startPage?.now();
  const audit = auditWith(db, queue.clock);
  const failures = createFailureRecord(() => clock.now());
  const appVersion = options.appVersion ?? DEV_VERSION;
  const health = kioskHealthReporter({ appVersion, printing, queueClock, dataDir: options.dataDir, failures });
  const districtChoice = startDistrictChoice({
    db,
    log,
    keystore: options.keystore ?? options.district?.keyProvider ?? null,
    seed: options.district,
    start: (linkOptions) => startDistrictLink({ queue, changes, clock, log, officeConfigured: office.configured, health }, linkOptions),
  });
  const district = districtChoice.link;
  const alerts = startOfficeAlerts({ printing, district, clock: queue.clock, log });
  const lan = options.lan ? createLanController({ queue, lockoutClocks, changes, alerts, staff: session, log, options: options.lan }) : null;
  const housekeeping = startHousekeeping({ queue, changes, log, districtSends: () => district() !== null, officeConfigured: office.configured });
  const daySummaries = startDaySummaries({ queue, printing, log, officeConfigured: office.configured });
  const handlers = {
    ...createResidentHandlers({ queue, changes, printing, log, district }, options.dataDir),
    ...createMobileHandlers({ queue, changes, printing, district }),
    ...createStaffHandlers({
      queue,
      session,
      lockoutClocks,
      printing,
      lan,
      district,
      audit,
      queueClock,
      alerts,
      software: { appVersion, update: () => readUpdateStatus(options.dataDir) },
      recentErrors: options.logDir ? recentErrorsReader(options.logDir, RECENT_ERRORS_SHOWN) : () => [],
    }),
    ...createAdminHandlers({
      db,
      clock,
      audit,
      office,
      session,
      printing,
      changes,
      logExport: { logDir: options.logDir, chooseFolder: options.chooseExportFolder ?? noFolderPicker, appVersion },
    }),
    ...createSettingsHandlers({ queue, office, session, changes, audit }),
    ...createDeviceSettingsHandlers({ printing, printerChoice, districtChoice, session, audit, setupNeeded: () => isSetupNeeded(office, session) }),
    ...createDeskHandlers({ queue, changes, printing, log, district, session, audit, daySummaries }),
    ...createStatisticsHandlers({ queue, session, audit }),
  };
  return {
    db,
    queue,
    changes,
    lan,
    routes: createKioskRoutes(handlers, log, failures.record),
    daySummaries,
    district: districtChoice,
    async close() {
      officeFaces.close();
      startPage?.close();
      housekeeping.close();
      alerts.close();
      daySummaries.close();
      await lan?.close();
      await districtChoice.close();
      await printing.close();
      queueClock?.close();
      db.close();
    },
  };
}
