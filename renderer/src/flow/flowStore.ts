import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KioskApi } from '../../../shared/ipc/contract';
import type { StartScreenOffice } from '../../../shared/startScreenOffice';
import { defaultKioskMount, type KioskMount } from '../../../shared/kioskMount';
import { defaultLanguages, type Language, type LocalizedText } from '../../../shared/language';
import { noModes, type ResidentMode, type ResidentModes } from '../modes/residentModes';
import { defaultVoiceSettings, type VoiceSettings } from '../voice/voiceSettings';
import type { Envelope } from '../../../shared/result';
import { settle } from '../kioskApi';
import { initialFlowState, paperOnly, transition } from './flowMachine';
import type { FlowEvent, FlowState, Reply, Request } from './flowTypes';
import { createMobileActions, type MobileActions } from './mobileActions';
import { createStaffActions, isStaffScreen, type StaffActions } from './staffActions';

export type FlowStore = StaffActions & MobileActions & {
  state: FlowState;
  /** Shown in the header; kept apart from the flow so the start screen can show it too. */
  officeName: LocalizedText | null;
  /** Where the screen hangs, for low-position mode; known before the first resident starts. */
  kioskMount: KioskMount;
  /** The start screen's language buttons, in the office's order. */
  offeredLanguages: readonly Language[];
  /** Low position, large text, high contrast: chosen by one resident, off again for the next. */
  modes: ResidentModes;
  toggleMode: (mode: ResidentMode) => void;
  /** Volume, rate and earphones of the voice guidance: this resident's too. */
  voice: VoiceSettings;
  setVoice: (voice: VoiceSettings) => void;
  send: (event: FlowEvent) => void;
  loadOfficeName: () => Promise<void>;
  /** Takes the office's name, mount and languages from an answer to getOffice (a failed answer changes nothing). */
  officeAnswered: (answer: Envelope<StartScreenOffice>) => void;
  begin: (language: Language) => Promise<void>;
  chooseService: (serviceId: string) => Promise<void>;
  choosePaper: () => Promise<void>;
  reprint: () => Promise<void>;
  /** The resident's answer to "did your ticket come out?" after an uncertain print. */
  answerPrint: (cameOut: boolean) => Promise<void>;
  cancel: () => Promise<void>;
  /** Back to start; leaving the staff screens locks them too. */
  reset: () => void;
};

function isNamed<N extends FlowState['name']>(state: FlowState, name: N): state is Extract<FlowState, { name: N }> {
  return state.name === name;
}

/**
 * The flow store: the pure machine plus the calls to main each step needs. An answer is applied
 * only if the flow is still in the state that asked for it; a resident who went back to start
 * (or a new resident) never sees the previous one's result.
 */
export function createFlowStore(api: () => KioskApi): StoreApi<FlowStore> {
  return createStore<FlowStore>()((set, get) => {
    const send = (event: FlowEvent): FlowState => {
      const next = transition(get().state, event);
      if (next !== get().state) set({ state: next });
      return next;
    };

    /** Runs `call` and reports its answer, unless the flow has left `asking` meanwhile. */
    const reply: Reply = async (asking, call, answer) => {
      const result = await settle(() => call(api()));
      if (get().state === asking) send(answer(result));
    };

    const request: Request = async (event, expected, call, answer) => {
      const before = get().state;
      const asking = send(event);
      if (asking === before || !isNamed(asking, expected)) return;
      await reply(asking, (kiosk) => call(kiosk, asking), answer);
    };

    /** Both the ticket-type screen and the mobile screens' "paper instead" lead here. */
    const issuePaper = (event: FlowEvent) =>
      request(
        event,
        'printing',
        (kiosk, { service, language }) => kiosk.issueTicket({ serviceId: service.id, kind: 'paper', language }),
        (result) =>
          result.ok
            ? { type: 'issued', ticket: result.value.ticket, print: result.value.print }
            : { type: 'issueFailed', error: result.error },
      );

    return {
      state: initialFlowState,
      officeName: null,
      kioskMount: defaultKioskMount,
      offeredLanguages: defaultLanguages,
      modes: noModes,
      toggleMode: (mode) => set({ modes: { ...get().modes, [mode]: !get().modes[mode] } }),
      voice: defaultVoiceSettings,
      setVoice: (voice) => set({ voice }),
      send: (event) => void send(event),

      loadOfficeName: async () => get().officeAnswered(await settle(() => api().getOffice({}))),

      officeAnswered: (answer) => {
        if (answer.ok) set({ officeName: answer.value.officeName, kioskMount: answer.value.kioskMount, offeredLanguages: answer.value.languages });
      },

      begin: (language) =>
        request(
          { type: 'begin', language },
          'loadingOffice',
          (kiosk) => kiosk.getOffice({}),
          (result) => {
            if (!result.ok) return { type: 'officeFailed' };
            set({ officeName: result.value.officeName, offeredLanguages: result.value.languages });
            return { type: 'officeLoaded', office: result.value };
          },
        ),

      chooseService: async (serviceId) => {
        await request(
          { type: 'serviceChosen', serviceId },
          'chooseTicket',
          (kiosk) => kiosk.getPrinterStatus({}),
          (result) => (result.ok ? { type: 'printerChecked', status: result.value } : { type: 'printerCheckFailed' }),
        );
        // A paper-only office has nothing to choose: the ready printer prints at once.
        const checked = get().state;
        if (checked.name === 'chooseTicket' && checked.printer.status === 'ready' && paperOnly(checked.office)) {
          await issuePaper({ type: 'paperChosen' });
        }
      },

      choosePaper: () => issuePaper({ type: 'paperChosen' }),

      reprint: async () => {
        const from = get().state;
        if (from.name !== 'printFailed') return;
        const ticketId = from.ticket.id;
        await request(
          { type: 'reprintRequested' },
          'printFailed',
          (kiosk) => kiosk.reprintTicket({ ticketId }),
          (result) => (result.ok ? { type: 'reprinted', print: result.value } : { type: 'reprintFailed', error: result.error }),
        );
      },

      answerPrint: async (cameOut) => {
        const from = get().state;
        if (from.name !== 'printUncertain') return;
        const ticketId = from.ticket.id;
        await request(
          { type: 'printAnswered' },
          'printUncertain',
          (kiosk) => kiosk.resolvePrint({ ticketId, cameOut }),
          (result) => (result.ok ? { type: 'printResolved', cameOut } : { type: 'printResolveFailed' }),
        );
      },

      cancel: async () => {
        const from = get().state;
        if (from.name !== 'printFailed') return;
        const ticketId = from.ticket.id;
        await request(
          { type: 'cancelRequested' },
          'printFailed',
          (kiosk) => kiosk.cancelTicket({ ticketId }),
          (result) => (result.ok ? { type: 'cancelSucceeded' } : { type: 'cancelFailed' }),
        );
      },

      ...createStaffActions({ state: () => get().state, send, reply }),
      ...createMobileActions({ state: () => get().state, request, issuePaper }),

      reset: () => {
        const from = get().state;
        send({ type: 'reset' });
        set({ modes: noModes, voice: defaultVoiceSettings });
        if (isStaffScreen(from)) void settle(() => api().lockStaff({}));
      },
    };
  });
}
