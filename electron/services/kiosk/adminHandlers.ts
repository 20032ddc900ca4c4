import { seoulDateTimeParts } from '../../../shared/businessDay';
import { newOfficeTemplate } from '../../../shared/commonServices';
import type { OfficeConfig } from '../../../shared/office';
import type { Clock } from '../../../nodeShared/clock';
import { toCsv } from '../csv';
import { writeTransaction, type Database } from '../database/openDatabase';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import type { OfficeHolder } from '../office/officeStore';
import type { QueueChanges } from '../queue/queueChanges';
import { allAudit, appendAudit, latestAudit, type AuditRecord } from '../staff/auditLogRows';
import type { StaffSession } from './staffSession';
import type { TicketPrinting } from './ticketPrinting';
import { writeLogBundle, type ChooseExportFolder, type LogBundle } from './logBundle';

type AdminMethods = 'getSetupStatus' | 'completeSetup' | 'testPrint' | 'setStaffPin' | 'getAuditLog' | 'exportAuditLog' | 'exportLogs';

export interface AdminHandlerDeps {
  db: Database;
  clock: Clock;
  /** Writes audit lines on the queue's trusted time (see AuditRecord.at). */
  audit: Audit;
  office: OfficeHolder;
  session: StaffSession;
  printing: TicketPrinting;
  changes: QueueChanges;
  logExport: {
    /** Where the kiosk's rotating log files are (none in tests that log to memory: an export holds only the manifest). */
    logDir?: string;
    chooseFolder: ChooseExportFolder;
    appVersion: string;
  };
}

export type Audit = (record: Omit<AuditRecord, 'at'>) => void;

export function auditWith(db: Database, clock: Clock): Audit {
  return (record) => writeTransaction(db, () => appendAudit(db, { ...record, at: new Date(clock.now()).toISOString() }));
}

function testPrintLines(office: OfficeConfig | null, instantMs: number) {
  const { date, time } = seoulDateTimeParts(instantMs);
  return [
    { text: '순번 시험 인쇄 / Test print', scale: 2, bold: true },
    { text: office?.officeName.ko ?? '', scale: 1, bold: true },
    { text: `${date} ${time}`, scale: 1, bold: false },
    { text: '한글 확인: 가나다라 주민등록 등·초본', scale: 1, bold: false },
    { text: '1234567890', scale: 2, bold: true },
  ];
}

/** A kiosk with no office or no manager PIN shows the first-run setup, where nobody has a PIN to unlock with yet. */
export const isSetupNeeded = (office: OfficeHolder, session: StaffSession): boolean => !office.configured() || !session.hasPin('manager');

/** First-run setup, staff PINs and the audit log. */
export function createAdminHandlers({ db, clock, audit, office, session, printing, changes, logExport }: AdminHandlerDeps): Pick<KioskHandlers, AdminMethods> {
  const setupNeeded = () => isSetupNeeded(office, session);
  /** During first-run setup nobody has a PIN yet; afterwards only unlocked staff may print a test page. */
  const requireSetupOrStaff = () => (setupNeeded() ? 'kiosk' : session.require());

  return {
    async getSetupStatus() {
      return {
        needed: setupNeeded(),
        managerPinSet: session.hasPin('manager'),
        draft: office.configured() ? office.current() : newOfficeTemplate,
      };
    },

    async completeSetup({ office: configured, managerPin }) {
      if (!setupNeeded()) throw new KioskError('SETUP_DONE', 'This kiosk is already set up: change settings from the staff screen');
      if (!managerPin && !session.hasPin('manager')) {
        throw new KioskError('PIN_REFUSED', 'Choose the manager PIN', { pinProblem: 'too-short' });
      }
      if (managerPin) await session.setPin('manager', managerPin);
      office.replace(configured, { savedAt: new Date(clock.now()).toISOString(), actor: 'kiosk', reason: 'setup' });
      audit({
        actor: 'kiosk',
        action: 'setup-completed',
        detail: { services: configured.services.map((s) => s.id), counters: configured.counters.map((c) => c.number) },
      });
      changes.notify();
      return { done: true as const };
    },

    async testPrint() {
      const actor = requireSetupOrStaff();
      const status = await printing.readStatus();
      const print = status.state === 'ready' ? await printing.printText(testPrintLines(office.configured() ? office.current() : null, clock.now())) : null;
      audit({ actor, action: 'test-print', detail: { printerState: status.state, outcome: print?.status ?? 'not-sent' } });
      return { status, print };
    },

    async setStaffPin({ role, pin }) {
      const actor = session.require('manager');
      await session.setPin(role, pin, () => audit({ actor, action: 'pin-changed', detail: { role } }));
      return { changed: true as const };
    },

    async getAuditLog({ limit }) {
      session.require('manager');
      return { entries: latestAudit(db, limit) };
    },

    async exportAuditLog() {
      const actor = session.require('manager');
      const rows = allAudit(db).map((entry) => [entry.position, entry.at, entry.actor, entry.action, JSON.stringify(entry.detail)]);
      const { date } = seoulDateTimeParts(clock.now());
      audit({ actor, action: 'audit-exported', detail: { entries: rows.length } });
      return { fileName: `sunbeon-audit-${date}.csv`, csv: toCsv(['position', 'at', 'actor', 'action', 'detail'], rows) };
    },

    async exportLogs() {
      const actor = session.require('manager');
      const into = await logExport.chooseFolder();
      if (into === null) return { outcome: 'cancelled' as const };
      let bundle: LogBundle;
      try {
        bundle = await writeLogBundle({ logDir: logExport.logDir, into, at: new Date(clock.now()), appVersion: logExport.appVersion });
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
        throw new KioskError('EXPORT_FAILED', `The logs could not be written to the chosen folder (${reason}): try another stick`);
      }
      audit({ actor, action: 'logs-exported', detail: { files: bundle.files, bytes: bundle.bytes } });
      return { outcome: 'saved' as const, ...bundle };
    },
  };
}
