import type { LanStatus } from '../../../shared/ipc/contract';
import type { KioskHandlers } from '../ipc/kioskRoutes';
import { KioskError } from '../kioskError';
import { pairedCounters, revokeCounterTokens } from '../lan/counterTokens';
import type { LanController } from '../lan/lanController';
import { createPairingCode } from '../lan/pairingCodes';
import { counterStateOf, findCounter } from '../queue/counters';
import type { QueueContext } from '../queue/queueContext';
import type { DistrictLink } from './districtLink';
import type { StaffSession } from './staffSession';
import type { TicketPrinting } from './ticketPrinting';
import { uncertainPrints } from '../queue/printJobs';

type StaffMethods = 'unlockStaff' | 'lockStaff' | 'getStaffOverview' | 'setLanServer' | 'createPairingCode' | 'revokeCounter';

export interface StaffHandlerDeps {
  queue: QueueContext;
  session: StaffSession;
  printing: TicketPrinting;
  /** Absent on a kiosk built without the LAN pages. */
  lan: LanController | null;
  district: DistrictLink | null;
}

const lanMissing: LanStatus = { enabled: false, running: false, counterPageUrls: [], boardUrls: [], problem: 'This kiosk has no LAN server' };

/** The staff screen: everything behind the PIN. */
export function createStaffHandlers({ queue, session, printing, lan, district }: StaffHandlerDeps): Pick<KioskHandlers, StaffMethods> {
  const requireLan = (): LanController => {
    if (!lan) throw new KioskError('LAN_UNAVAILABLE', 'This kiosk has no LAN server');
    return lan;
  };
  return {
    async unlockStaff({ pin }) {
      session.unlock(pin);
      return { unlocked: true as const };
    },

    async lockStaff() {
      session.lock();
      return { locked: true as const };
    },

    async getStaffOverview() {
      session.requireUnlocked();
      const devices = new Map(pairedCounters(queue.db).map((p) => [p.counterId, p.devices]));
      return {
        lan: lan?.status() ?? lanMissing,
        sync: district ? syncStatus(district) : null,
        printer: await printing.readStatus(),
        uncertainPrints: uncertainPrints(queue.db).map(({ ticketId, displayNumber }) => ({ ticketId, displayNumber })),
        counters: queue.office().counters.map((counter) => ({
          id: counter.id,
          number: counter.number,
          serviceIds: counter.serviceIds,
          state: counterStateOf(queue, counter.id),
          pairedDevices: devices.get(counter.id) ?? 0,
        })),
      };
    },

    async setLanServer({ enabled }) {
      session.requireUnlocked();
      return requireLan().setEnabled(enabled);
    },

    async createPairingCode({ counterId }) {
      session.requireUnlocked();
      const status = requireLan().status();
      if (!status.running) throw new KioskError('LAN_UNAVAILABLE', 'Turn the LAN server on before pairing a counter');
      findCounter(queue, counterId);
      return { ...createPairingCode(queue.db, queue.clock, counterId), counterPageUrls: status.counterPageUrls };
    },

    async revokeCounter({ counterId }) {
      session.requireUnlocked();
      findCounter(queue, counterId);
      return { revokedDevices: revokeCounterTokens(queue.db, counterId) };
    },
  };
}

function syncStatus(district: DistrictLink) {
  const { lastSuccessAt, backlog, lastError, circuit } = district.syncState();
  return { lastSuccessAt, backlog, lastError, circuit };
}
