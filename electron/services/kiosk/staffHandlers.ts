import type { LanStatus } from '../../../shared/ipc/contract';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { pairedCounters, revokeCounterTokens } from '../lan/counterTokens';
import type { LanController } from '../lan/lanController';
import { createPairingCode } from '../lan/pairingCodes';
import type { LanLockout } from '../lan/lanLockout';
import { pairingLockout } from '../lan/pairingLockout';
import { writeTransaction } from '../database/openDatabase';
import { counterStateOf, findCounter } from '../queue/counters';
import { outboxRows } from '../queue/outboxRows';
import type { QueueContext } from '../queue/queueContext';
import { latestAudit } from '../staff/auditLogRows';
import type { AuditAction, LanLockoutName } from '../../../shared/staff';
import type { Audit } from './adminHandlers';
import type { DistrictLink } from './districtLink';
import type { OfficeAlerts } from './officeAlerts';
import { managerPageLockout, type StaffSession } from './staffSession';
import type { TicketPrinting } from './ticketPrinting';
import { uncertainPrints } from '../queue/printJobs';
import type { ClockFault, QueueClock } from '../queue/queueClock';
import type { UpdateStatus } from '../../../shared/updateStatus';
import type { LoggedError } from '../../../nodeShared/logFiles';
import type { LockoutClocks } from '../staff/lockoutEnd';

type StaffMethods = 'unlockStaff' | 'lockStaff' | 'getStaffOverview' | 'getOfficeAlerts' | 'setLanServer' | 'createPairingCode' | 'revokeCounter' | 'confirmClock' | 'liftLanLockout';

export interface StaffHandlerDeps {
  queue: QueueContext;
  session: StaffSession;
  /** The clocks the LAN lockouts end on (the staff session's). */
  lockoutClocks: LockoutClocks;
  printing: TicketPrinting;
  /** Absent on a kiosk built without the LAN pages. */
  lan: LanController | null;
  district: () => DistrictLink | null;
  audit: Audit;
  /** Null when the queue runs by a simulated clock (bench, demo day, tests), which never jumps. */
  queueClock: QueueClock | null;
  alerts: OfficeAlerts;
  /** The version running and the self-update's state (main writes it into the data folder). */
  software: { appVersion: string; update: () => UpdateStatus | null };
  /** The latest errors in the log files, newest first. */
  recentErrors: () => LoggedError[];
}

const FAILED_UNLOCKS_SHOWN = 10;
/** The staff screen shows the time to the minute; reading and tapping take a while. */
const CONFIRMED_READING_SLACK_MS = 5 * 60_000;

const lanMissing: LanStatus = { enabled: false, running: false, counterPageUrls: [], boardUrls: [], managerPageUrls: [], problem: 'This kiosk has no LAN server' };

/** The staff screen: everything behind the PIN. */
export function createStaffHandlers({ queue, session, lockoutClocks, printing, lan, district, audit, queueClock, alerts, software, recentErrors }: StaffHandlerDeps): Pick<KioskHandlers, StaffMethods> {
  const requireLan = (): LanController => {
    if (!lan) throw new KioskError('LAN_UNAVAILABLE', 'This kiosk has no LAN server');
    return lan;
  };
  return {
    async unlockStaff({ pin }) {
      return { unlocked: true as const, role: await session.unlock(pin) };
    },

    async lockStaff() {
      session.lock();
      return { locked: true as const };
    },

    async getStaffOverview({ background }) {
      const role = background ? session.requireWithoutActivity() : session.require();
      const devices = new Map(pairedCounters(queue.db).map((p) => [p.counterId, p.devices]));
      return {
        role,
        clerkPinSet: session.hasPin('clerk'),
        recentFailedUnlocks: latestAudit(queue.db, FAILED_UNLOCKS_SHOWN, 'unlock-failed').map((entry) => ({
          at: entry.at,
          consecutiveFailures: Number(entry.detail.consecutiveFailures ?? 0),
          from: typeof entry.detail.from === 'string' ? entry.detail.from : null,
        })),
        refusedPairings: pairingLockout.refusals(queue.db, lockoutClocks),
        refusedManagerPagePins: managerPageLockout.refusals(queue.db, lockoutClocks),
        lan: lan?.status() ?? lanMissing,
        sync: syncStatus(district(), queue),
        printer: await printing.readStatus(),
        uncertainPrints: uncertainPrints(queue.db).map(({ ticketId, displayNumber }) => ({ ticketId, displayNumber })),
        clockFault: clockFaultShown(queueClock?.fault() ?? null),
        software: { appVersion: software.appVersion, update: software.update() },
        recentErrors: recentErrors(),
        counters: queue.office().counters.map((counter) => ({
          id: counter.id,
          number: counter.number,
          serviceIds: counter.serviceIds,
          state: counterStateOf(queue, counter.id),
          pairedDevices: devices.get(counter.id) ?? 0,
        })),
      };
    },

    async getOfficeAlerts() {
      session.requireWithoutActivity();
      return { alerts: await alerts.fresh() };
    },

    async setLanServer({ enabled }) {
      const actor = session.require('manager');
      const status = await requireLan().setEnabled(enabled);
      audit({ actor, action: 'lan-switched', detail: { enabled } });
      return status;
    },

    async createPairingCode({ counterId }) {
      const actor = session.require();
      const status = requireLan().status();
      if (!status.running) throw new KioskError('LAN_UNAVAILABLE', 'Turn the LAN server on before pairing a counter');
      const counter = findCounter(queue, counterId);
      const pairing = createPairingCode(queue.db, queue.clock, counterId);
      audit({ actor, action: 'pairing-code-created', detail: { counter: counter.number } });
      return { ...pairing, counterPageUrls: status.counterPageUrls };
    },

    async confirmClock({ wallClockAt }) {
      const actor = session.require();
      const fault = queueClock?.fault();
      if (!queueClock || !fault) throw new KioskError('NO_CLOCK_FAULT', 'The clock agrees with the time that passed: there is nothing to confirm');
      // Staff confirm the time they were shown; a clock that moved again since then is shown to them anew.
      if (Math.abs(fault.wallClockMs - Date.parse(wallClockAt)) > CONFIRMED_READING_SLACK_MS) {
        throw new KioskError('NO_CLOCK_FAULT', 'The wall clock moved again since it was shown: look at the new time and confirm that');
      }
      return writeTransaction(queue.db, () => {
        const { acceptedMs, keptMs } = queueClock.acceptWallClock();
        const accepted = { acceptedAt: new Date(acceptedMs).toISOString(), keptAt: new Date(keptMs).toISOString() };
        audit({ actor, action: 'clock-confirmed', detail: accepted });
        return accepted;
      });
    },

    async liftLanLockout({ lockout }) {
      const actor = session.require('manager');
      const lifted = writeTransaction(queue.db, () => {
        const lockedUntilMs = lanLockouts[lockout].lift(queue.db, lockoutClocks);
        const wasLockedUntil = lockedUntilMs === null ? null : new Date(lockedUntilMs).toISOString();
        if (wasLockedUntil) audit({ actor, action: liftedAudit[lockout], detail: { wasLockedUntil } });
        return { wasLockedUntil };
      });
      // The per-address limits of the running LAN server go too: the manager means "they may try now".
      lan?.forgetAddressFailures(lockout);
      return lifted;
    },

    async revokeCounter({ counterId }) {
      const actor = session.require();
      const counter = findCounter(queue, counterId);
      const revokedDevices = writeTransaction(queue.db, () => {
        const revoked = revokeCounterTokens(queue.db, counterId);
        audit({ actor, action: 'counter-revoked', detail: { counter: counter.number, revokedDevices: revoked } });
        return revoked;
      });
      lan?.endCounterStreams(counterId);
      return { revokedDevices };
    },
  };
}

const liftedAudit = { pairing: 'pairing-lockout-lifted', managerPage: 'manager-page-lockout-lifted' } as const satisfies Record<LanLockoutName, AuditAction>;
const lanLockouts: Record<LanLockoutName, LanLockout> = { pairing: pairingLockout, managerPage: managerPageLockout };

function clockFaultShown(fault: ClockFault | null) {
  return fault && { direction: fault.direction, wallClockAt: new Date(fault.wallClockMs).toISOString(), queueAt: new Date(fault.queueMs).toISOString() };
}

/** Set-aside events listed on the staff screen; the count covers the rest. */
const SET_ASIDE_EVENTS_SHOWN = 5;

function syncStatus(district: DistrictLink | null, queue: QueueContext) {
  if (!district) return null;
  const { lastSuccessAt, backlog, setAside, lastError, circuit } = district.syncState();
  const setAsideEvents = (setAside === 0 ? [] : outboxRows(queue.db).setAsideLatest(SET_ASIDE_EVENTS_SHOWN)).map((row) => ({
    type: row.event_type,
    ticketNumber: row.display_number,
    occurredAt: row.occurred_at,
    setAsideAt: row.set_aside_at,
    reason: row.set_aside_reason,
  }));
  return { lastSuccessAt, backlog, setAside, setAsideEvents, lastError, circuit };
}
