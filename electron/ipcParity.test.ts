import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { kioskChannelByMethod } from '../shared/ipc/channels';
import { kioskContract, kioskMethods, type KioskMethod } from '../shared/ipc/contract';
import type { Envelope } from '../shared/result';
import { bridgeDispatch } from '../e2e/bridge/kioskBridge';
import { buildKioskApi } from './preload/buildKioskApi';
import { createKioskCore } from './services/kiosk/kioskCore';
import { createPrinter } from './services/printing/createPrinter';
import { useTempDirs } from './services/testSupport/tempDir';
import { registerKioskIpc, type IpcMainLike } from './main/registerKioskIpc';

const tempDir = useTempDirs();
const contractChannels = kioskMethods.map((method) => kioskContract[method].channel).sort();

function kioskCore() {
  return createKioskCore({ dataDir: tempDir(), demo: true, printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: 9, timeoutMs: 200 }) });
}

function fakeEvent(url: string, mainFrame: boolean): IpcMainInvokeEvent {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : {} } } as unknown as IpcMainInvokeEvent;
}

describe('IPC parity: contract = main handlers = preload API = bridge routes', () => {
  it('the contract and the preload channel list name the same methods and channels', () => {
    expect(Object.keys(kioskChannelByMethod).sort()).toEqual([...kioskMethods].sort());
    expect(new Set(contractChannels).size).toBe(contractChannels.length);
    for (const channel of contractChannels) expect(channel).toMatch(/^kiosk:[a-z-]+:[a-z-]+$/);
  });

  it('main registers exactly one handler per contract channel, and each checks its sender', async () => {
    const core = kioskCore();
    const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
    const refusals: string[] = [];
    registerKioskIpc(ipcMain, core.routes, 'app://kiosk', { warn: (message: string) => void refusals.push(message) });
    expect([...handlers.keys()].sort()).toEqual(contractChannels);

    const getOffice = handlers.get(kioskContract.getOffice.channel)!;
    const fromKiosk = (await getOffice(fakeEvent('app://kiosk/index.html', true), {})) as Envelope<unknown>;
    expect(fromKiosk.ok).toBe(true);
    for (const [url, mainFrame] of [['app://kiosk/index.html', false], ['https://evil.example/', true], ['file:///etc/passwd', true]] as const) {
      expect(await getOffice(fakeEvent(url, mainFrame), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    // Each refusal logged for IT, with the channel and who called; the kiosk page's own call is not.
    expect(refusals).toEqual([
      `IPC refused on ${kioskContract.getOffice.channel}: the caller is not the kiosk page (a subframe of app://kiosk/index.html)`,
      `IPC refused on ${kioskContract.getOffice.channel}: the caller is not the kiosk page (the main frame of https://evil.example/)`,
      `IPC refused on ${kioskContract.getOffice.channel}: the caller is not the kiosk page (the main frame of file:///etc/passwd)`,
    ]);
    await core.close();
  });

  it('the preload exposes one function per method, each invoking its own channel, and nothing else', async () => {
    const invoked: string[] = [];
    const api = buildKioskApi(async (channel) => void invoked.push(channel));
    expect(Object.keys(api).sort()).toEqual([...kioskMethods].sort());
    for (const method of kioskMethods) await (api[method] as (request: unknown) => Promise<unknown>)({});
    expect(invoked).toEqual(kioskMethods.map((method) => kioskContract[method].channel));
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('the bridge answers every contract channel through the preload API as the handler main registers does, and no other channel', async () => {
    const core = kioskCore();
    const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>();
    const refusals: string[] = [];
    const log = { warn: (message: string) => void refusals.push(message) };
    registerKioskIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, core.routes, 'app://kiosk', log);
    const fromMain = (method: KioskMethod, payload: unknown) => handlers.get(kioskContract[method].channel)!(fakeEvent('app://kiosk/index.html', true), payload);
    const dispatch = bridgeDispatch(core.routes, 'app://kiosk', log);
    const kioskPage = { url: 'app://kiosk/index.html', isMainFrame: true };
    const viaBridge = buildKioskApi(async (channel, payload) => dispatch(kioskPage, channel, payload));

    for (const method of kioskMethods) {
      const outsideTheContract = { notInTheContract: true };
      const answer = await (viaBridge[method] as (request: unknown) => Promise<unknown>)(outsideTheContract);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(answer, method).toEqual(await fromMain(method, outsideTheContract));
    }
    const office = await viaBridge.getOffice({});
    expect(office.ok).toBe(true);
    expect(office).toEqual(await fromMain('getOffice', {}));

    expect(await dispatch(kioskPage, 'kiosk:admin:wipe', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const elsewhere = { url: 'https://evil.example/', isMainFrame: true };
    expect(await dispatch(elsewhere, kioskContract.getOffice.channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(refusals).toEqual([`IPC refused on ${kioskContract.getOffice.channel}: the caller is not the kiosk page (the main frame of https://evil.example/)`]);
    await core.close();
  });
});
