import { describe, expect, it } from 'vitest';
import type { CounterStatus } from '../../../shared/lan/counterApi';
import type { TicketView } from '../../../shared/ticket';
import type { LanResult } from '../../lanShared/lanRequest';
import type { LiveSyncOptions } from '../../lanShared/liveSync';
import type { CounterApi } from './counterApi';
import { createCounterStore } from './counterStore';
import type { KeyValueStore } from './storedSettings';
import { testStatus, testTicket } from './testStatus';

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup() {
  const storage = memoryStorage();
  const sent: string[] = [];
  let answer: () => Promise<LanResult<TicketView>> = async () => ({ ok: true, value: testTicket() });
  let status: LanResult<CounterStatus> = { ok: true, value: testStatus() };
  const syncs: Array<{ options: LiveSyncOptions<CounterStatus>; stopped: boolean }> = [];
  const api: CounterApi = {
    pair: async (code) =>
      code === '123456'
        ? { ok: true, value: { token: 'tok', counter: testStatus().counter } }
        : { ok: false, failure: { kind: 'rejected', status: 400, code: 'PAIRING_CODE_INVALID', message: '' } },
    status: async () => status,
    send: (_token, command) => {
      sent.push(command.kind);
      return answer();
    },
    setState: async (_token, state) => ({ ok: true, value: { ...testStatus().counter, state } }),
  };
  const store = createCounterStore({
    api,
    storage,
    startSync: (options) => {
      const sync = { options, stopped: false };
      syncs.push(sync);
      return { refresh: () => {}, stop: () => void (sync.stopped = true) };
    },
  });
  return {
    store,
    storage,
    sent,
    syncs,
    answerWith: (next: () => Promise<LanResult<TicketView>>) => void (answer = next),
    statusWith: (next: LanResult<CounterStatus>) => void (status = next),
  };
}

describe('counter store', () => {
  it('pairs with a 6-digit code, remembers the token and starts following the counter', async () => {
    const { store, storage, syncs } = setup();
    await store.getState().pair('123456');
    expect(store.getState().session?.token).toBe('tok');
    expect(JSON.parse(storage.data.get('sunbeon.counter.session') ?? '{}').token).toBe('tok');
    expect(syncs).toHaveLength(1);
  });

  it('explains a malformed or wrong code without pairing', async () => {
    const { store } = setup();
    await store.getState().pair('12a');
    expect(store.getState().pairing.error).toEqual({ key: 'pairing.invalidFormat' });
    await store.getState().pair('000000');
    expect(store.getState().pairing.error).toEqual({ key: 'pairing.wrongCode' });
    expect(store.getState().session).toBeNull();
  });

  it('resumes the pairing stored on this laptop', async () => {
    const first = setup();
    await first.store.getState().pair('123456');
    const again = setup();
    again.storage.data.set('sunbeon.counter.session', first.storage.data.get('sunbeon.counter.session') ?? '');
    again.store.getState().resume();
    expect(again.store.getState().session?.token).toBe('tok');
    expect(again.syncs).toHaveLength(1);
  });

  it('runs one command at a time: a second press while the first is in flight does nothing', async () => {
    const { store, sent, answerWith } = setup();
    await store.getState().pair('123456');
    const reply = deferred<LanResult<TicketView>>();
    answerWith(() => reply.promise);
    const first = store.getState().run({ kind: 'call-next' });
    void store.getState().run({ kind: 'call-next' });
    expect(store.getState().busy).toBe('call-next');
    reply.resolve({ ok: true, value: testTicket() });
    await first;
    expect(sent).toEqual(['call-next']);
    expect(store.getState().busy).toBeNull();
    expect(store.getState().notice).toEqual({ tone: 'success', message: { key: 'done.called', values: { number: '1023' } } });
  });

  it('shows the new status with the outcome, so the buttons never describe the old ticket', async () => {
    const { store, statusWith } = setup();
    await store.getState().pair('123456');
    statusWith({ ok: true, value: testStatus({ current: testTicket() }) });
    await store.getState().run({ kind: 'call-next' });
    expect(store.getState().status?.current?.displayNumber).toBe('1023');
  });

  it('says why the kiosk refused', async () => {
    const { store, answerWith } = setup();
    await store.getState().pair('123456');
    answerWith(async () => ({ ok: false, failure: { kind: 'rejected', status: 409, code: 'QUEUE_EMPTY', message: '' } }));
    await store.getState().run({ kind: 'call-next' });
    expect(store.getState().notice).toEqual({ tone: 'info', message: { key: 'errors.QUEUE_EMPTY' } });
  });

  it('goes back to pairing when the token is revoked', async () => {
    const { store, storage, syncs } = setup();
    await store.getState().pair('123456');
    syncs[0].options.onFailure?.({ kind: 'unauthorized' });
    expect(store.getState().session).toBeNull();
    expect(store.getState().pairing.error).toEqual({ key: 'pairing.revoked' });
    expect(storage.data.has('sunbeon.counter.session')).toBe(false);
    expect(syncs[0].stopped).toBe(true);
  });

  it('forgets the pairing on unpair', async () => {
    const { store, storage } = setup();
    await store.getState().pair('123456');
    store.getState().unpair();
    expect(store.getState().session).toBeNull();
    expect(store.getState().pairing.error).toBeNull();
    expect(storage.data.has('sunbeon.counter.session')).toBe(false);
  });

  it('remembers the language and the shortcut choice', () => {
    const { store, storage } = setup();
    store.getState().setPreferences({ language: 'en' });
    store.getState().setPreferences({ letterShortcuts: false });
    expect(JSON.parse(storage.data.get('sunbeon.counter.preferences') ?? '{}')).toEqual({ language: 'en', letterShortcuts: false });
  });
});

describe('counter store and the connection', () => {
  it('drops "could not reach the kiosk" once the kiosk answers again', async () => {
    const { store, syncs, answerWith } = setup();
    await store.getState().pair('123456');
    answerWith(async () => ({ ok: false, failure: { kind: 'unreachable' } }));
    await store.getState().run({ kind: 'complete' });
    expect(store.getState().notice?.message.key).toBe('errors.unreachable');
    syncs[0].options.onConnection({ reachable: true, live: true, syncedAt: 1 });
    expect(store.getState().notice).toBeNull();
  });
});
