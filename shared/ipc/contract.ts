import { z } from 'zod';
import { counterStates } from '../counter';
import { consentTextSchema, kioskMountSchema, localizedTextSchema, languageSchema, officeConfigSchema, type OfficeConfig } from '../office';
import { printOutcomeSchema, printerSettingSchema, printerStatusSchema } from '../printer';
import type { Envelope } from '../result';
import { waitEstimateSchema } from '../waitEstimate';
import { closedReasons } from '../officeHours';
import { officeVersionSchema, waitingPlansSchema } from '../officeSettings';
import { deskRequests, ticketDeskSchema } from '../desk';
import { auditEntrySchema, enteredPinSchema, lanLockoutSchema, newPinSchema, staffRoleSchema } from '../staff';
import { statisticsRangeSchema, statisticsReportSchema, statisticsRequestSchema } from '../statistics';
import { officeAlertSchema } from '../officeAlerts';
import { districtSettingSchema, kioskSecretSchema } from '../district/setting';
import { updateStatusSchema } from '../updateStatus';
import { kioskChannelByMethod as channels, type KioskMethod } from './channels';

const noArguments = z.object({}).strict();
const ticketIdSchema = z.string().uuid();

export const officeOverviewSchema = z.object({
  officeName: localizedTextSchema,
  businessDay: z.string(),
  services: z.array(
    z.object({
      id: z.string(),
      name: localizedTextSchema,
      waiting: z.number().int().nonnegative(),
      estimate: waitEstimateSchema,
      closedForToday: z.boolean(),
      /** Outside office hours, after its last-ticket time, on a holiday or after staff closed the day: why, and when it opens again. */
      notOpen: z.object({ reason: z.enum(closedReasons), opensAt: z.string().nullable() }).nullable(),
    }),
  ),
  ticketKinds: z.array(z.enum(['paper', 'mobile'])),
  /** Whether the PIPA consent screen comes before phone entry (the district's privacy officer decides; on by default). */
  mobileConsentRequired: z.boolean(),
  /** Null: the standard consent wording. */
  consentText: consentTextSchema.nullable(),
  kioskMount: kioskMountSchema,
  /** The languages the start screen offers, in order. */
  languages: z.array(languageSchema).min(1),
  /** When the faces of the office's names that /office-fonts/ serves were cut (ms since the epoch; null before the first). */
  officeFacesCutAt: z.number().int().nullable(),
});
export type OfficeOverview = z.infer<typeof officeOverviewSchema>;

export const issuedTicketSchema = z.object({
  id: ticketIdSchema,
  serviceId: z.string(),
  serviceName: localizedTextSchema,
  displayNumber: z.string(),
  peopleAhead: z.number().int().nonnegative(),
  estimate: waitEstimateSchema,
  issuedAt: z.string(),
  businessDay: z.string(),
});
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;

export const lanStatusSchema = z.object({
  enabled: z.boolean(),
  running: z.boolean(),
  /** Where counter pages and boards reach the kiosk, one per network address. */
  counterPageUrls: z.array(z.string()),
  boardUrls: z.array(z.string()),
  /** The manager's statistics page, for the office PC. */
  managerPageUrls: z.array(z.string()),
  problem: z.string().optional(),
});
export type LanStatus = z.infer<typeof lanStatusSchema>;

export const syncStatusSchema = z.object({
  lastSuccessAt: z.string().nullable(),
  /** Events not yet delivered to the district server. */
  backlog: z.number().int().nonnegative(),
  /** Events the district server refused on their own: kept on the kiosk, out of the line. */
  setAside: z.number().int().nonnegative(),
  /** The newest of them with the server's reason, so staff can tell district IT what was refused and why. */
  setAsideEvents: z.array(
    z.object({ type: z.string(), ticketNumber: z.string().nullable(), occurredAt: z.string(), setAsideAt: z.string(), reason: z.string() }),
  ),
  lastError: z.string().nullable(),
  circuit: z.enum(['closed', 'open', 'half-open']),
});

/** Wrong guesses sent over the LAN from any address since the last right one, the last one, and the lockout they caused. */
const lanRefusalsSchema = z.object({
  consecutiveFailures: z.number().int().nonnegative(),
  lastAt: z.string().nullable(),
  lastSource: z.string().nullable(),
  lockedUntil: z.string().nullable(),
});

export const staffOverviewSchema = z.object({
  role: staffRoleSchema,
  /** Whether the clerks' PIN has been set (the manager sets it). */
  clerkPinSet: z.boolean(),
  /** The latest wrong PINs, newest first: typed at this kiosk (`from` null) or on the manager page from a LAN address. */
  recentFailedUnlocks: z.array(z.object({ at: z.string(), consecutiveFailures: z.number().int(), from: z.string().nullable() })),
  /** Wrong pairing codes sent to the LAN server since a counter last paired. */
  refusedPairings: lanRefusalsSchema,
  /** Wrong PINs typed on the LAN manager page since its last right one: counted apart from the keypad's. */
  refusedManagerPagePins: lanRefusalsSchema,
  lan: lanStatusSchema,
  /** Null on a kiosk without a district server. */
  sync: syncStatusSchema.nullable(),
  printer: printerStatusSchema,
  /** Prints nobody knows came out (the link dropped or the printer went quiet mid-job), oldest first. */
  uncertainPrints: z.array(z.object({ ticketId: z.string(), displayNumber: z.string() })),
  /**
   * The wall clock jumped (forward or back) beyond what time really passed: the queue keeps issuing
   * and calling by its own time until the wall clock comes back or staff confirm the new time.
   */
  clockFault: z.object({ direction: z.enum(['ahead', 'behind']), wallClockAt: z.string(), queueAt: z.string() }).nullable(),
  /** The version running; the self-update's state, null on a kiosk without an updater (npm start, no district). */
  software: z.object({ appVersion: z.string(), update: updateStatusSchema.nullable() }),
  /** The latest errors in the kiosk's log files (its core and main), newest first: what to tell IT on the phone. */
  recentErrors: z.array(z.object({ at: z.string(), message: z.string() })),
  counters: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      serviceIds: z.array(z.string()),
      state: z.enum(counterStates),
      pairedDevices: z.number().int().nonnegative(),
    }),
  ),
});
export type StaffOverview = z.infer<typeof staffOverviewSchema>;

/** After a settings change: the version now in force and how many waiting tickets moved line. */
const officeChangedSchema = z.object({ version: z.number().int().positive(), moved: z.number().int().nonnegative() });

const counterIdRequest = z.object({ counterId: z.string().min(1).max(32) }).strict();

/**
 * Every IPC channel the kiosk has: its name, request and response schemas. Main registers a
 * handler for each entry, the preload exposes a function for each, the test bridge routes each.
 */
export const kioskContract = {
  getOffice: {
    channel: channels.getOffice,
    request: noArguments,
    response: officeOverviewSchema,
  },
  getPrinterStatus: {
    channel: channels.getPrinterStatus,
    request: noArguments,
    response: printerStatusSchema,
  },
  issueTicket: {
    channel: channels.issueTicket,
    request: z.object({ serviceId: z.string().min(1).max(64), kind: z.literal('paper'), language: languageSchema }).strict(),
    response: z.object({ ticket: issuedTicketSchema, print: printOutcomeSchema }),
  },
  reprintTicket: {
    channel: channels.reprintTicket,
    request: z.object({ ticketId: ticketIdSchema }).strict(),
    response: printOutcomeSchema,
  },
  /** After an uncertain print: the resident or staff say whether the ticket came out. Not out: it can be printed again or withdrawn. */
  resolvePrint: {
    channel: channels.resolvePrint,
    request: z.object({ ticketId: ticketIdSchema, cameOut: z.boolean() }).strict(),
    response: z.object({ printState: z.enum(['printed', 'failed']) }),
  },
  cancelTicket: {
    channel: channels.cancelTicket,
    request: z.object({ ticketId: ticketIdSchema }).strict(),
    response: z.object({ cancelled: z.literal(true) }),
  },
  issueMobileTicket: {
    channel: channels.issueMobileTicket,
    request: z
      .object({
        serviceId: z.string().min(1).max(64),
        language: languageSchema,
        /** As typed; the kiosk normalizes and checks it. Never logged, never echoed back. */
        phone: z.string().min(1).max(32),
        consented: z.boolean(),
      })
      .strict(),
    response: z.object({
      ticket: issuedTicketSchema,
      /** 010-****-5678: all the screen may show after entry. */
      maskedPhone: z.string(),
      /** The district server could not be reached lately: messages may come late. */
      messagesMayBeLate: z.boolean(),
    }),
  },
  printMobileCopy: {
    channel: channels.printMobileCopy,
    request: z.object({ ticketId: ticketIdSchema }).strict(),
    response: printOutcomeSchema,
  },
  unlockStaff: {
    channel: channels.unlockStaff,
    request: z.object({ pin: enteredPinSchema }).strict(),
    response: z.object({ unlocked: z.literal(true), role: staffRoleSchema }),
  },
  lockStaff: {
    channel: channels.lockStaff,
    request: noArguments,
    response: z.object({ locked: z.literal(true) }),
  },
  getStaffOverview: {
    channel: channels.getStaffOverview,
    /** `background`: the open screen refreshing itself, which is no staff activity and never holds off the idle lock. */
    request: z.object({ background: z.boolean().optional() }).strict(),
    response: staffOverviewSchema,
  },
  /** Clerk and manager: printer and district-sync problems now, for the banner on every staff tab. */
  getOfficeAlerts: {
    channel: channels.getOfficeAlerts,
    request: noArguments,
    response: z.object({ alerts: z.array(officeAlertSchema) }),
  },
  setLanServer: {
    channel: channels.setLanServer,
    request: z.object({ enabled: z.boolean() }).strict(),
    response: lanStatusSchema,
  },
  createPairingCode: {
    channel: channels.createPairingCode,
    request: counterIdRequest,
    response: z.object({ code: z.string(), expiresAt: z.string(), counterPageUrls: z.array(z.string()) }),
  },
  revokeCounter: {
    channel: channels.revokeCounter,
    request: counterIdRequest,
    response: z.object({ revokedDevices: z.number().int().nonnegative() }),
  },
  /**
   * Manager: ends a LAN lockout (anyone on the LAN can start one) so a counter can pair, or the
   * manager page take PINs, now. The count of wrong guesses stays: the next wrong one locks again at once, for longer.
   */
  liftLanLockout: {
    channel: channels.liftLanLockout,
    request: z.object({ lockout: lanLockoutSchema }),
    response: z.object({ wasLockedUntil: z.string().nullable() }),
  },
  getSetupStatus: {
    channel: channels.getSetupStatus,
    request: noArguments,
    response: z.object({
      /** A kiosk with no office or no manager PIN shows the first-run setup instead of the resident screens. */
      needed: z.boolean(),
      /** District IT seeded the manager PIN: the setup screen does not ask for one. */
      managerPinSet: z.boolean(),
      /** The office as configured so far (seeded by IT), or the template of common services, whose name is still empty. */
      draft: z.custom<OfficeConfig>((value) => typeof value === 'object' && value !== null),
    }),
  },
  completeSetup: {
    channel: channels.completeSetup,
    request: z.object({ office: officeConfigSchema, managerPin: newPinSchema.optional() }).strict(),
    response: z.object({ done: z.literal(true) }),
  },
  testPrint: {
    channel: channels.testPrint,
    request: noArguments,
    response: z.object({ status: printerStatusSchema, print: printOutcomeSchema.nullable() }),
  },
  /** Manager (or first-run setup): the printer this kiosk prints on and what it answers now. */
  getPrinterSetting: {
    channel: channels.getPrinterSetting,
    request: noArguments,
    response: z.object({ setting: printerSettingSchema.nullable(), status: printerStatusSchema }),
  },
  /** Swaps the printer inside the running kiosk after the job under way; answers what the new one says. */
  savePrinterSetting: {
    channel: channels.savePrinterSetting,
    request: printerSettingSchema,
    response: z.object({ setting: printerSettingSchema, status: printerStatusSchema }),
  },
  /** Manager only: the district server this kiosk links to (never the secret), and whether it can keep a secret sealed. */
  getDistrictSetting: {
    channel: channels.getDistrictSetting,
    request: noArguments,
    response: z.object({ setting: districtSettingSchema.nullable(), canSeal: z.boolean() }),
  },
  /** Seals the secret (null: keeps the one in force) and links to the server at once, without a restart. */
  saveDistrictSetting: {
    channel: channels.saveDistrictSetting,
    request: z.object({ setting: districtSettingSchema, secret: kioskSecretSchema.nullable() }).strict(),
    response: z.object({ setting: districtSettingSchema }),
  },
  /** Manager, confirmed: unlinks the district server and destroys the sealed secret; IT's environment does not link it again. */
  disconnectDistrict: {
    channel: channels.disconnectDistrict,
    request: z.object({ confirm: z.literal(true) }).strict(),
    response: z.object({ disconnected: z.literal(true) }),
  },
  setStaffPin: {
    channel: channels.setStaffPin,
    request: z.object({ role: staffRoleSchema, pin: newPinSchema }).strict(),
    response: z.object({ changed: z.literal(true) }),
  },
  /** Staff accept the wall clock they were shown (`wallClockAt`) as the right time: the business day may move. */
  confirmClock: {
    channel: channels.confirmClock,
    request: z.object({ wallClockAt: z.iso.datetime() }).strict(),
    response: z.object({ acceptedAt: z.string(), keptAt: z.string() }),
  },
  getAuditLog: {
    channel: channels.getAuditLog,
    request: z.object({ limit: z.number().int().min(1).max(500) }).strict(),
    response: z.object({ entries: z.array(auditEntrySchema) }),
  },
  exportAuditLog: {
    channel: channels.exportAuditLog,
    request: noArguments,
    /** CSV, UTF-8 with a byte-order mark so Excel reads the Korean. */
    response: z.object({ fileName: z.string(), csv: z.string() }),
  },
  /**
   * Manager only: the kiosk's log files (phone numbers masked) and a manifest, saved for IT into a
   * folder staff pick on a USB stick (main's folder picker; the page never names a path).
   */
  exportLogs: {
    channel: channels.exportLogs,
    request: noArguments,
    response: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('saved'), folder: z.string(), files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
      z.object({ outcome: z.literal('cancelled') }),
    ]),
  },
  /** Manager only: statistics of the kept business days in the range that have tickets, oldest first. */
  getStatistics: {
    channel: channels.getStatistics,
    request: statisticsRequestSchema,
    response: statisticsReportSchema,
  },
  /** Manager only: the same range as CSV, UTF-8 with a byte-order mark so Excel reads the Korean. */
  exportStatistics: {
    channel: channels.exportStatistics,
    request: statisticsRangeSchema,
    response: z.object({ fileName: z.string(), csv: z.string() }),
  },
  /** Manager only: the office settings in force, and how many wait per service today (a change must not strand them). */
  getOfficeSettings: {
    channel: channels.getOfficeSettings,
    request: noArguments,
    response: z.object({
      office: officeConfigSchema,
      version: z.number().int().positive().nullable(),
      waiting: z.record(z.string(), z.number().int().nonnegative()),
    }),
  },
  saveOfficeSettings: {
    channel: channels.saveOfficeSettings,
    request: z.object({ office: officeConfigSchema, waitingPlans: waitingPlansSchema.default({}) }).strict(),
    response: officeChangedSchema,
  },
  listOfficeVersions: {
    channel: channels.listOfficeVersions,
    request: noArguments,
    response: z.object({ versions: z.array(officeVersionSchema) }),
  },
  /** Puts an earlier version in force again, as a new version, with the same checks as any change. */
  restoreOfficeVersion: {
    channel: channels.restoreOfficeVersion,
    request: z.object({ version: z.number().int().positive(), waitingPlans: waitingPlansSchema.default({}) }).strict(),
    response: officeChangedSchema,
  },
  exportOfficeSettings: {
    channel: channels.exportOfficeSettings,
    request: noArguments,
    response: z.object({ fileName: z.string(), text: z.string() }),
  },
  /** A settings file exported by another kiosk of the office; a wrong or changed file is refused with the reason. */
  importOfficeSettings: {
    channel: channels.importOfficeSettings,
    request: z.object({ text: z.string().min(1).max(1_000_000), waitingPlans: waitingPlansSchema.default({}) }).strict(),
    response: officeChangedSchema,
  },
  /** The ticket desk (clerk and manager): today's tickets by number, and the failed prints nobody came back for. */
  getTicketDesk: {
    channel: channels.getTicketDesk,
    request: deskRequests.getTicketDesk,
    response: ticketDeskSchema,
  },
  /** A copy of a lost or failed paper ticket, marked 재발행; the number and its place stay. */
  reprintAtDesk: {
    channel: channels.reprintAtDesk,
    request: deskRequests.ticket,
    response: printOutcomeSchema,
  },
  cancelAtDesk: {
    channel: channels.cancelAtDesk,
    request: deskRequests.ticket,
    response: z.object({ cancelled: z.literal(true) }),
  },
  /** To another service's line, keeping the number and the place by issue time. */
  moveTicket: {
    channel: channels.moveTicket,
    request: deskRequests.move,
    response: z.object({ moved: z.literal(true) }),
  },
  /** 교통약자 우선: called before normal tickets, within the starvation limit. */
  issuePriorityTicket: {
    channel: channels.issuePriorityTicket,
    request: deskRequests.issuePriority,
    response: z.object({ ticket: issuedTicketSchema, print: printOutcomeSchema }),
  },
  /** Manager only: ends the day's waiting tickets, stops issuing until the next business day and prints the day's summary. */
  closeDay: {
    channel: channels.closeDay,
    request: deskRequests.dayChange,
    response: z.object({
      businessDay: z.string(),
      ended: z.number().int().nonnegative(),
      atCounters: z.number().int().nonnegative(),
      summaryPrint: printOutcomeSchema,
    }),
  },
  /** Manager only: today closed by mistake issues again; numbering goes on, the tickets ended at the close stay ended. */
  reopenDay: {
    channel: channels.reopenDay,
    request: deskRequests.dayChange,
    response: z.object({ businessDay: z.string() }),
  },
} as const satisfies Record<KioskMethod, unknown>;

export type { KioskMethod, KioskChannel } from './channels';
export { KIOSK_API_GLOBAL } from './channels';
export type KioskContract = typeof kioskContract;
export type RequestOf<M extends KioskMethod> = z.input<KioskContract[M]['request']>;
export type ResponseOf<M extends KioskMethod> = z.infer<KioskContract[M]['response']>;

/** The object the preload exposes on `window.sunbeon`. */
export type KioskApi = { [M in KioskMethod]: (request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>> };

export const kioskMethods = Object.keys(kioskContract) as KioskMethod[];
