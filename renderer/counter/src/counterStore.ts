import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CounterStatus } from '../../../shared/lan/counterApi';
import { initialConnection, type Connection } from '../../lanShared/connection';
import type { LanResult } from '../../lanShared/lanRequest';
import type { LiveSync, LiveSyncOptions } from '../../lanShared/liveSync';
import type { Message } from '../../lanShared/message';
import { createStoreContext } from '../../lanShared/storeContext';
import type { CounterCommand } from './commands';
import type { CounterApi } from './counterApi';
import { failureNotice, pairingError, stateNotice, ticketNotice, type Notice } from './notices';
import {
  readPreferences,
  readSession,
  writePreferences,
  writeSession,
  type KeyValueStore,
  type Preferences,
  type Session,
} from './storedSettings';

export type CounterStore = {
  /** This laptop's pairing with a counter; null shows the pairing screen. */
  session: Session | null;
  /** The last status from the kiosk; kept through an outage, marked stale. */
  status: CounterStatus | null;
  connection: Connection;
  /** The command in flight. One at a time: a second press or key never calls a second resident. */
  busy: CounterCommand['kind'] | null;
  /** What the last command did or why it was refused. */
  notice: Notice | null;
  pairing: { pending: boolean; error: Message | null };
  preferences: Preferences;
  /** Picks up the pairing stored on this laptop, if any. */
  resume: () => void;
  pair: (code: string) => Promise<void>;
  unpair: () => void;
  run: (command: CounterCommand) => Promise<void>;
  /** Tells why a shortcut did nothing (e.g. no-show before the required recalls). */
  explain: (notice: Notice) => void;
  setPreferences: (patch: Partial<Preferences>) => void;
};

export type CounterDeps = {
  api: CounterApi;
  storage: KeyValueStore;
  startSync: (options: LiveSyncOptions<CounterStatus>) => LiveSync;
};

export function createCounterStore({ api, storage, startSync }: CounterDeps): StoreApi<CounterStore> {
  return createStore<CounterStore>()((set, get) => {
    let sync: LiveSync | null = null;

    function signOut(error: Message | null): void {
      sync?.stop();
      sync = null;
      writeSession(storage, null);
      set({ session: null, status: null, connection: initialConnection, busy: null, notice: null, pairing: { pending: false, error } });
    }

    function follow(session: Session): void {
      sync?.stop();
      sync = startSync({
        load: () => api.status(session.token),
        onSnapshot: (status) => set({ status }),
        onFailure: (failure) => {
          if (failure.kind === 'unauthorized') signOut({ key: 'pairing.revoked' });
        },
        onConnection: (connection) => {
          // "Could not reach the kiosk" is no longer true once it answers again.
          const outdated = connection.reachable && get().notice?.message.key === 'errors.unreachable';
          set(outdated ? { connection, notice: null } : { connection });
        },
      });
    }

    async function perform(token: string, command: CounterCommand): Promise<LanResult<Notice>> {
      if (command.kind === 'state') {
        const result = await api.setState(token, command.state);
        return result.ok ? { ok: true, value: stateNotice(command.state) } : result;
      }
      const result = await api.send(token, command);
      return result.ok ? { ok: true, value: ticketNotice(command, result.value, get().status) } : result;
    }

    return {
      session: null,
      status: null,
      connection: initialConnection,
      busy: null,
      notice: null,
      pairing: { pending: false, error: null },
      preferences: readPreferences(storage),

      resume: () => {
        const session = readSession(storage);
        if (!session) return;
        set({ session });
        follow(session);
      },

      pair: async (code) => {
        if (get().pairing.pending) return;
        const digits = code.trim();
        if (!/^\d{6}$/.test(digits)) {
          set({ pairing: { pending: false, error: { key: 'pairing.invalidFormat' } } });
          return;
        }
        set({ pairing: { pending: true, error: null } });
        const result = await api.pair(digits);
        if (!result.ok) {
          set({ pairing: { pending: false, error: pairingError(result.failure) } });
          return;
        }
        const session = { token: result.value.token, counter: result.value.counter };
        writeSession(storage, session);
        set({ session, status: null, notice: null, pairing: { pending: false, error: null } });
        follow(session);
      },

      unpair: () => signOut(null),

      run: async (command) => {
        const { session, busy } = get();
        if (!session || busy) return;
        set({ busy: command.kind });
        const result = await perform(session.token, command);
        if (get().session !== session) return;
        if (!result.ok && result.failure.kind === 'unauthorized') {
          signOut({ key: 'pairing.revoked' });
          return;
        }
        // Stay busy until the new status is in: until then the buttons describe the old ticket,
        // and a quick second F1 would call the next resident too.
        const status = await api.status(session.token);
        if (get().session !== session) return;
        set({
          busy: null,
          notice: result.ok ? result.value : failureNotice(result.failure, get().status?.rules),
          ...(status.ok ? { status: status.value } : {}),
        });
      },

      explain: (notice) => set({ notice }),

      setPreferences: (patch) => {
        const preferences = { ...get().preferences, ...patch };
        writePreferences(storage, preferences);
        set({ preferences });
      },
    };
  });
}

export const { StoreProvider: CounterStoreProvider, useSelect: useCounter } = createStoreContext<CounterStore>('counter');
