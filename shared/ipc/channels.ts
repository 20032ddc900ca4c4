/**
 * Channel names by API method, without schemas: the sandboxed preload bundles only this file,
 * so it stays a few hundred bytes instead of carrying zod.
 */
export const kioskChannelByMethod = {
  getOffice: 'kiosk:office:get',
  getPrinterStatus: 'kiosk:printer:status',
  issueTicket: 'kiosk:ticket:issue',
  reprintTicket: 'kiosk:ticket:reprint',
  cancelTicket: 'kiosk:ticket:cancel',
  resolvePrint: 'kiosk:ticket:resolve-print',
  issueMobileTicket: 'kiosk:ticket:issue-mobile',
  printMobileCopy: 'kiosk:ticket:print-copy',
  unlockStaff: 'kiosk:staff:unlock',
  lockStaff: 'kiosk:staff:lock',
  getStaffOverview: 'kiosk:staff:overview',
  getOfficeAlerts: 'kiosk:staff:alerts',
  setLanServer: 'kiosk:staff:set-lan',
  createPairingCode: 'kiosk:staff:pair-counter',
  revokeCounter: 'kiosk:staff:revoke-counter',
  liftLanLockout: 'kiosk:staff:lift-lan-lockout',
  getSetupStatus: 'kiosk:setup:status',
  completeSetup: 'kiosk:setup:complete',
  testPrint: 'kiosk:printer:test-print',
  getPrinterSetting: 'kiosk:printer:get-setting',
  savePrinterSetting: 'kiosk:printer:save-setting',
  getDistrictSetting: 'kiosk:settings:get-district',
  saveDistrictSetting: 'kiosk:settings:save-district',
  disconnectDistrict: 'kiosk:settings:disconnect-district',
  setStaffPin: 'kiosk:staff:set-pin',
  confirmClock: 'kiosk:staff:confirm-clock',
  getAuditLog: 'kiosk:staff:audit-log',
  exportAuditLog: 'kiosk:staff:audit-export',
  exportLogs: 'kiosk:staff:logs-export',
  getStatistics: 'kiosk:staff:statistics',
  exportStatistics: 'kiosk:staff:statistics-export',
  getOfficeSettings: 'kiosk:settings:get',
  saveOfficeSettings: 'kiosk:settings:save',
  listOfficeVersions: 'kiosk:settings:versions',
  restoreOfficeVersion: 'kiosk:settings:restore',
  exportOfficeSettings: 'kiosk:settings:export',
  importOfficeSettings: 'kiosk:settings:import',
  getTicketDesk: 'kiosk:desk:get',
  reprintAtDesk: 'kiosk:desk:reprint',
  cancelAtDesk: 'kiosk:desk:cancel',
  moveTicket: 'kiosk:desk:move',
  issuePriorityTicket: 'kiosk:desk:issue-priority',
  closeDay: 'kiosk:desk:close-day',
  reopenDay: 'kiosk:desk:reopen-day',
} as const;

export type KioskMethod = keyof typeof kioskChannelByMethod;
export type KioskChannel = (typeof kioskChannelByMethod)[KioskMethod];

/** The global name under which the preload exposes the API. */
export const KIOSK_API_GLOBAL = 'sunbeon';
