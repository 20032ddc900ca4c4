import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { OfficeConfig } from '../../../shared/office';
import type { WaitingPlans } from '../../../shared/officeSettings';
import type { AuditAction, StaffRole } from '../../../shared/staff';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { changeOffice } from '../office/officeChange';
import { officeSettingsFileText, readOfficeSettingsFile } from '../office/officeSettingsFile';
import type { OfficeHolder } from '../office/officeStore';
import { officeVersions } from '../office/officeVersions';
import { settingsDiff } from '../office/settingsDiff';
import type { QueueChanges } from '../queue/queueChanges';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import type { Audit } from './adminHandlers';
import type { StaffSession } from './staffSession';

type SettingsMethods = 'getOfficeSettings' | 'saveOfficeSettings' | 'listOfficeVersions' | 'restoreOfficeVersion' | 'exportOfficeSettings' | 'importOfficeSettings';

export interface SettingsHandlerDeps {
  queue: QueueContext;
  office: OfficeHolder;
  session: StaffSession;
  changes: QueueChanges;
  audit: Audit;
}

const auditActionOf = { change: 'settings-changed', restore: 'settings-restored', import: 'settings-imported' } as const satisfies Record<string, AuditAction>;

/** The manager's office settings: edited mid-day, versioned, exported to and imported from a second kiosk. */
export function createSettingsHandlers({ queue, office, session, changes, audit }: SettingsHandlerDeps): Pick<KioskHandlers, SettingsMethods> {
  const change = (actor: StaffRole, next: OfficeConfig, waitingPlans: WaitingPlans, reason: keyof typeof auditActionOf, restoredFrom?: number) => {
    const before = office.current();
    const result = changeOffice(queue, office, { next, waitingPlans, meta: { actor, reason, ...(restoredFrom ? { restoredFrom } : {}) } });
    // Settings hold no personal data: the audit keeps each changed value before and after.
    audit({ actor, action: auditActionOf[reason], detail: { version: result.version, moved: result.moved, ...settingsDiff(before, result.office), ...(restoredFrom ? { restoredFrom } : {}) } });
    changes.notify();
    return { version: result.version, moved: result.moved };
  };

  return {
    async getOfficeSettings() {
      session.require('manager');
      const waiting = ticketRows(queue.db).waitingCounts(currentBusinessDay(queue));
      return {
        office: office.current(),
        version: officeVersions(queue.db)[0]?.version ?? null,
        waiting: Object.fromEntries(waiting.map((row) => [row.service_id, row.n])),
      };
    },

    async saveOfficeSettings({ office: next, waitingPlans }) {
      return change(session.require('manager'), next, waitingPlans, 'change');
    },

    async listOfficeVersions() {
      session.require('manager');
      return { versions: officeVersions(queue.db).map(({ office: _office, ...version }) => version) };
    },

    async restoreOfficeVersion({ version, waitingPlans }) {
      const actor = session.require('manager');
      const stored = officeVersions(queue.db).find((v) => v.version === version);
      if (!stored) throw new KioskError('UNKNOWN_VERSION', `There is no settings version ${version}`);
      return change(actor, stored.office, waitingPlans, 'restore', version);
    },

    async exportOfficeSettings() {
      const actor = session.require('manager');
      const now = queue.clock.now();
      const { date } = seoulDateTimeParts(now);
      audit({ actor, action: 'settings-exported' });
      return { fileName: `sunbeon-settings-${date}.json`, text: officeSettingsFileText(office.current(), new Date(now).toISOString()) };
    },

    async importOfficeSettings({ text, waitingPlans }) {
      const actor = session.require('manager');
      return change(actor, readOfficeSettingsFile(text), waitingPlans, 'import');
    },
  };
}
