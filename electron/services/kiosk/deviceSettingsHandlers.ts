import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { settingsDiff } from '../office/settingsDiff';
import type { Audit } from './adminHandlers';
import type { DistrictChoice } from './districtChoice';
import type { PrinterChoice } from './printerChoice';
import type { StaffSession } from './staffSession';
import type { TicketPrinting } from './ticketPrinting';

type DeviceSettingsMethods = 'getPrinterSetting' | 'savePrinterSetting' | 'getDistrictSetting' | 'saveDistrictSetting' | 'disconnectDistrict';

/**
 * This kiosk's own devices, which a second kiosk of the office does not share (so they are not in
 * the office's versioned settings): the receipt printer (the manager's, or at first run) and the
 * district server link with its sealed kiosk credentials (the manager's).
 */
export function createDeviceSettingsHandlers(deps: {
  printing: TicketPrinting;
  printerChoice: PrinterChoice;
  districtChoice: DistrictChoice;
  session: StaffSession;
  audit: Audit;
  /** During first-run setup nobody has a PIN yet. */
  setupNeeded: () => boolean;
}): Pick<KioskHandlers, DeviceSettingsMethods> {
  const { printing, printerChoice, districtChoice, session, audit } = deps;
  const requireManagerOrSetup = () => (deps.setupNeeded() ? 'kiosk' : session.require('manager'));

  return {
    async getPrinterSetting() {
      requireManagerOrSetup();
      return { setting: printerChoice.inForce(), status: await printing.readStatus() };
    },

    async savePrinterSetting(setting) {
      const actor = requireManagerOrSetup();
      const before = printerChoice.inForce();
      await printerChoice.choose(setting);
      audit({ actor, action: 'printer-changed', detail: settingsDiff(before ?? {}, setting) });
      return { setting, status: await printing.readStatus() };
    },

    async getDistrictSetting() {
      session.require('manager');
      return { setting: districtChoice.inForce(), canSeal: districtChoice.canSeal() };
    },

    async saveDistrictSetting({ setting, secret }) {
      const actor = session.require('manager');
      const before = districtChoice.inForce();
      await districtChoice.choose(setting, secret);
      // The secret itself never goes into the audit log: only that it changed.
      audit({ actor, action: 'district-changed', detail: { ...settingsDiff(before ?? {}, setting), secret: secret === null ? 'kept' : 'changed' } });
      return { setting };
    },

    async disconnectDistrict() {
      const actor = session.require('manager');
      const before = districtChoice.inForce();
      if (!before) throw new KioskError('DISTRICT_NOT_LINKED', 'This kiosk is not linked to a district server');
      await districtChoice.disconnect();
      audit({ actor, action: 'district-disconnected', detail: { serverUrl: before.serverUrl, kioskId: before.kioskId } });
      return { disconnected: true };
    },
  };
}
