import type { KioskHandlers } from '../ipc/kioskRoutes';
import { settingsDiff } from '../office/settingsDiff';
import type { Audit } from './adminHandlers';
import type { PrinterChoice } from './printerChoice';
import type { StaffSession } from './staffSession';
import type { TicketPrinting } from './ticketPrinting';

type DeviceSettingsMethods = 'getPrinterSetting' | 'savePrinterSetting';

/**
 * This kiosk's own devices, which a second kiosk of the office does not share (so they are not in
 * the office's versioned settings): the receipt printer now, changed by the manager or at first run.
 */
export function createDeviceSettingsHandlers(deps: {
  printing: TicketPrinting;
  printerChoice: PrinterChoice;
  session: StaffSession;
  audit: Audit;
  /** During first-run setup nobody has a PIN yet. */
  setupNeeded: () => boolean;
}): Pick<KioskHandlers, DeviceSettingsMethods> {
  const { printing, printerChoice, session, audit } = deps;
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
  };
}
