import type { KioskApi } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/result';
import type { FlowEvent, FlowState, Reply, StaffScreenState, StaffView } from './flowTypes';
import { awaitsAnswer } from './staffMachine';

export type StaffActions = {
  submitPin: () => Promise<void>;
  refreshStaff: () => Promise<void>;
  /** Re-reads the overview while the screen is open (printer, sync, wrong PINs change by themselves); no staff activity. */
  pollStaff: () => Promise<void>;
  toggleLan: () => Promise<void>;
  requestPairing: (counterId: string) => Promise<void>;
  confirmRevoke: () => Promise<void>;
  /** Staff settle a print nobody knows came out, then see the overview again. */
  resolveUncertainPrint: (ticketId: string, cameOut: boolean) => Promise<void>;
  /** Back to the overview, reloaded: a counter may have paired while its code was shown. */
  closeStaffPanel: () => Promise<void>;
};

export function isStaffScreen(state: FlowState): state is StaffScreenState {
  return state.name === 'staffPin' || state.name === 'staff';
}

/** Service names are only decoration for the counters table, so a failed office load still shows the overview. */
async function loadStaffView(kiosk: KioskApi, background = false): Promise<Envelope<StaffView>> {
  const [overview, office] = await Promise.all([kiosk.getStaffOverview(background ? { background } : {}), kiosk.getOffice({})]);
  if (!overview.ok) return overview;
  const services = office.ok ? office.value.services.map(({ id, name }) => ({ id, name })) : [];
  return { ok: true, value: { overview: overview.value, services } };
}

const staffLoaded = (view: StaffView): FlowEvent => ({ type: 'staffLoaded', view });

export function createStaffActions(deps: {
  state: () => FlowState;
  send: (event: FlowEvent) => FlowState;
  reply: Reply;
}): StaffActions {
  const { state, send, reply } = deps;

  /** Sends `event`; if it started a staff call, makes it and reports the answer (any failure as staffCallFailed). */
  async function ask<T>(event: FlowEvent, call: (kiosk: KioskApi) => Promise<Envelope<T>>, answered: (value: T) => FlowEvent): Promise<void> {
    const before = state();
    const asking = send(event);
    if (asking === before || !isStaffScreen(asking) || !awaitsAnswer(asking)) return;
    await reply(asking, call, (result) => (result.ok ? answered(result.value) : { type: 'staffCallFailed', error: result.error }));
  }

  const refreshStaff = () => ask({ type: 'refreshRequested' }, (kiosk) => loadStaffView(kiosk), staffLoaded);

  return {
    submitPin: async () => {
      const from = state();
      if (from.name !== 'staffPin') return;
      const { pin } = from;
      await ask(
        { type: 'pinSubmitted' },
        async (kiosk) => {
          const unlocked = await kiosk.unlockStaff({ pin });
          return unlocked.ok ? loadStaffView(kiosk) : unlocked;
        },
        staffLoaded,
      );
    },

    refreshStaff,

    pollStaff: async () => {
      const from = state();
      if (from.name !== 'staff' || from.pending !== 'none') return;
      await reply(
        from,
        (kiosk) => loadStaffView(kiosk, true),
        (result) => (result.ok ? { type: 'staffPolled', view: result.value } : { type: 'staffCallFailed', error: result.error }),
      );
    },

    toggleLan: async () => {
      const from = state();
      if (from.name !== 'staff') return;
      const enabled = !from.overview.lan.enabled;
      await ask({ type: 'lanToggleRequested' }, (kiosk) => kiosk.setLanServer({ enabled }), (lan) => ({ type: 'lanChanged', lan }));
    },

    requestPairing: (counterId) =>
      ask(
        { type: 'pairingRequested', counterId },
        (kiosk) => kiosk.createPairingCode({ counterId }),
        (pairing) => ({ type: 'pairingCreated', counterId, pairing }),
      ),

    confirmRevoke: async () => {
      const from = state();
      if (from.name !== 'staff' || from.panel.kind !== 'confirmRevoke') return;
      const counterId = from.panel.counter.id;
      await ask(
        { type: 'revokeConfirmed' },
        (kiosk) => kiosk.revokeCounter({ counterId }),
        ({ revokedDevices }) => ({ type: 'counterRevoked', revokedDevices }),
      );
    },

    resolveUncertainPrint: (ticketId, cameOut) =>
      ask(
        { type: 'printResolveRequested' },
        async (kiosk) => {
          const resolved = await kiosk.resolvePrint({ ticketId, cameOut });
          return resolved.ok ? loadStaffView(kiosk) : resolved;
        },
        staffLoaded,
      ),

    closeStaffPanel: async () => {
      send({ type: 'panelClosed' });
      await refreshStaff();
    },
  };
}
