import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { KioskChannel } from '../../shared/ipc/channels';
import type { LanStatus } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import type { OfficeConfig } from '../../shared/office';
import type { Clock, SettableClock } from '../../nodeShared/clock';
import { createLogger, type Logger } from '../../nodeShared/logger';
import { createCoreHost, type CoreHost } from '../../electron/services/coreProcess/coreHost';
import { forkCoreProcess } from '../../electron/services/coreProcess/forkCoreProcess';
import type { MachineTime } from '../../electron/services/queue/machineTime';
import type { SettableMachineTime } from '../../electron/services/testSupport/settableMachineTime';
import type { KioskRoute } from '../../electron/services/ipc/kioskRoutes';
import { isTrustedSender, refuseSender } from '../../electron/services/ipc/trustedSender';
import type { DistrictOptions } from '../../electron/services/kiosk/districtLink';
import type { ChooseExportFolder } from '../../electron/services/kiosk/logBundle';
import { keepKioskWindowAlive } from '../../electron/main/windowRecovery';
import { createKioskCore, type KioskCore } from '../../electron/services/kiosk/kioskCore';
import { createPrinter } from '../../electron/services/printing/createPrinter';
import type { KeyProvider } from '../../electron/services/privacy/keyProviders';
import { freePort } from '../../tools/freePort';
import { serveStaticSite } from './staticServer';

export const BUILD_DIR = join(__dirname, '../../out');
/** What `npm start` reports to the district, as Electron's app.getVersion() would from package.json. */
const { version: appVersion } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
const BINDING = '__sunbeonIpc';

interface BridgeOptions {
  dataDir: string;
  printerPort: number;
  office?: OfficeConfig;
  /** Seed an empty kiosk with the demo office and PIN, as `npm start` does; without it an empty kiosk asks for setup. */
  demo?: boolean;
  /** Serve on a fixed port (the demo); tests take any free one. */
  port?: number;
  /** Run the LAN server for counter pages and boards on 127.0.0.1 at this port (0: any free one). */
  lanPort?: number;
  /** Link to a district server: mobile tickets and sync. */
  district?: DistrictOptions;
  /** Stands in for the OS keystore main unseals (without `district`: a kiosk whose manager links it on screen). */
  keystore?: KeyProvider;
}

export interface KioskBridgeOptions extends BridgeOptions {
  /** The core's clock stands at this instant and moves only when the test sets `clock`. */
  clockAt?: number;
  /** The machine's clocks as the test moves them (clock faults); the core reads the same times. */
  machineAt?: SettableMachineTime;
  /** Stands in for main's folder picker (a USB stick) when staff save the logs; without it every export is cancelled. */
  chooseExportFolder?: ChooseExportFolder;
}

export interface KioskBridge {
  url: string;
  /** The kiosk's LAN server as it is now (null without `lanPort`). */
  lanStatus(): LanStatus | null;
  /** Gives a page the real preload bundle, its IPC wired to the same routes Electron's main registers. */
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface CoreProcessBridge extends KioskBridge {
  /** Main's end of the core process: the same host Electron's main runs, here around a Node child process. */
  core: CoreHost;
  /** With `clockAt`: the core's clock (set here, moved there). */
  clock?: SettableClock;
  /** With `machineAt`: the machine's clocks (moved here and there). */
  machine?: SettableMachineTime;
}

export interface InlineKioskBridge extends KioskBridge {
  core: KioskCore;
}

/**
 * The kiosk without the Electron binary: the real built renderer + preload in Chromium, the page's
 * calls through a Playwright binding to main's route table, and behind it the same core process
 * main starts (the built out/main/coreProcess.js, as a Node child with the same messages), so
 * tests cross the real process boundary and can kill the core.
 */
export async function startKioskBridge(options: KioskBridgeOptions): Promise<CoreProcessBridge> {
  const log = createLogger('sunbeon-bridge');
  const lanPort = options.lanPort === 0 ? await freePort() : options.lanPort;
  const core = createCoreHost({
    spawn: forkCoreProcess(join(BUILD_DIR, 'main/coreProcess.js'), log),
    log,
    chooseExportFolder: options.chooseExportFolder,
    start: {
      dataDir: options.dataDir,
      printer: `tcp://127.0.0.1:${options.printerPort}`,
      demo: options.demo,
      initialOffice: options.office,
      clockAt: options.clockAt,
      machineAt: options.machineAt && machineTimeNow(options.machineAt),
      // A restarted core must come back on the same port the counter pages know.
      lan: lanPort === undefined ? undefined : { host: '127.0.0.1', port: lanPort, pagesDir: join(BUILD_DIR, 'renderer'), atStart: 'on' },
      district: options.district && {
        serverUrl: options.district.serverUrl,
        publicUrl: options.district.publicUrl,
        kioskId: options.district.kioskId,
        secret: options.district.secret,
        retry: options.district.retry,
        heartbeatMs: options.district.heartbeatMs,
      },
      keystoreKeyBase64: (options.keystore ?? options.district?.keyProvider)?.getKey().toString('base64'),
      appVersion,
    },
  });
  try {
    await core.started;
  } catch (error) {
    await core.stop();
    throw error;
  }
  const bridge = await serveBridge(core.routes, { port: options.port, dataDir: options.dataDir }, () => core.lanStatus(), () => core.stop(), log);
  return {
    ...bridge,
    core,
    clock: options.clockAt === undefined ? undefined : remoteClock(core, options.clockAt),
    machine: options.machineAt && remoteMachineTime(core, options.machineAt),
  };
}

/**
 * The core in this process, for the few callers that drive its queue directly while a page uses
 * it (the played office day, the screenshot gallery, the mobile-ticket spec's counter).
 */
export async function startInlineKioskBridge(options: BridgeOptions & { clock?: Clock; machineTime?: MachineTime }): Promise<InlineKioskBridge> {
  const core = createKioskCore({
    dataDir: options.dataDir,
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: options.printerPort }),
    clock: options.clock,
    machineTime: options.machineTime,
    initialOffice: options.office,
    demo: options.demo,
    lan: options.lanPort === undefined ? undefined : { host: '127.0.0.1', port: options.lanPort, pagesDir: join(BUILD_DIR, 'renderer') },
    district: options.district,
    keystore: options.keystore,
    appVersion,
    appDir: BUILD_DIR,
  });
  if (options.lanPort !== undefined) await core.lan?.setEnabled(true);
  const bridge = await serveBridge(core.routes, { port: options.port, dataDir: options.dataDir }, () => core.lan?.status() ?? null, () => core.close(), createLogger('sunbeon-bridge'));
  return { ...bridge, core };
}

async function serveBridge(
  routes: ReadonlyMap<KioskChannel, KioskRoute>,
  served: { port: number | undefined; dataDir: string },
  lanStatus: () => LanStatus | null,
  closeCore: () => Promise<void>,
  log: Logger,
): Promise<KioskBridge> {
  const site = await serveStaticSite(join(BUILD_DIR, 'renderer'), served);
  const preloadScript = preloadInBrowser(readFileSync(join(BUILD_DIR, 'preload/index.cjs'), 'utf8'));
  return {
    url: `${site.origin}/index.html`,
    lanStatus,
    async attach(page) {
      const dispatch = bridgeDispatch(routes, site.origin, log);
      await page.exposeBinding(BINDING, ({ frame }, channel: string, payload: unknown) =>
        dispatch({ url: frame.url(), isMainFrame: frame === frame.page().mainFrame() }, channel, payload),
      );
      await page.addInitScript({ content: preloadScript });
    },
    async close() {
      await site.close();
      await closeCore();
    },
  };
}

/**
 * A page of its own on a kiosk the spec started, in a context that the spec's cleanups close before
 * the kiosk (an open page keeps asking a closed core: the staff alerts every 5 s).
 */
export async function openKioskPage(
  browser: Browser,
  bridge: KioskBridge,
  viewport: { width: number; height: number },
  cleanups: Array<() => Promise<unknown>>,
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  await bridge.attach(page);
  await page.goto(bridge.url);
  return page;
}

/**
 * Main's recovery of the kiosk window (electron/main/windowRecovery), applied to the bridge's page:
 * a crashed or hung page is replaced by a new one in the same browser context, opened on the kiosk,
 * and handed to `onNewPage` before it loads. With `watchHangs`, the same page watchdog asks the page
 * for answers (Playwright's evaluate stands in for executeJavaScript); it is off unless asked for,
 * because the specs' own accessibility checks run axe in the page's thread, for seconds on a loaded
 * machine, which no kiosk in the field does. A page the test closes itself (the kiosk's context
 * closing) is no longer watched.
 */
export function keepBridgePageAlive(bridge: KioskBridge, first: Page, onNewPage: (page: Page) => void, { watchHangs = false } = {}): void {
  let current = first;
  const listeners = { gone: [] as Array<(reason: string) => void>, loading: [] as Array<() => void>, loaded: [] as Array<() => void> };
  // Opened while the page is healthy: a session opened on a hung page never gets its commands through.
  const devtools = new WeakMap<Page, Promise<CDPSession>>();
  const watch = (page: Page) => {
    devtools.set(page, page.context().newCDPSession(page));
    const ifCurrent = (notify: Array<() => void>) => () => page === current && notify.forEach((listener) => listener());
    page.on('crash', () => listeners.gone.forEach((listener) => listener('crashed')));
    // The test closing the page (its context) is the window going away: nothing more to watch.
    page.on('close', ifCurrent(listeners.loading));
    page.on('request', (request) => request.isNavigationRequest() && request.frame() === page.mainFrame() && ifCurrent(listeners.loading)());
    page.on('load', ifCurrent(listeners.loaded));
  };
  watch(first);
  keepKioskWindowAlive(
    {
      onRendererGone: (listener) => listeners.gone.push(listener),
      // Playwright reports no hang of its own: the watchdog is the only way a hang is noticed here.
      onUnresponsive: () => undefined,
      onPageLoading: (listener) => listeners.loading.push(listener),
      onPageLoaded: (listener) => watchHangs && listeners.loaded.push(listener),
      ping: () => current.evaluate('0'),
      async showStartScreen() {
        const page = await current.context().newPage();
        await bridge.attach(page);
        watch(page);
        current = page;
        onNewPage(page);
        await page.goto(bridge.url);
      },
      // As Electron's forcefullyCrashRenderer: the hung renderer goes at once (and its busy core with it), reported as gone.
      endRenderer: () => void devtools.get(current)?.then((session) => session.send('Page.crash')).catch(() => undefined),
    },
    createLogger('sunbeon-bridge'),
  );
  // The fixture hands over a page that has already loaded the kiosk.
  listeners.loaded.forEach((listener) => listener());
}

/**
 * Hangs a page's main thread for good, as a runaway script in the field would, and returns at once
 * (a busy loop started from a timer, so Playwright's own call is answered first).
 */
export async function hangPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    setTimeout(() => {
      for (;;) {
        // spin: the page never answers again
      }
    }, 0);
  });
}

/** Crashes a page's renderer as a fault in the field would (DevTools' Page.crash); the page then reports `crash`. */
export async function crashPage(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  // The answer never comes: the renderer that would send it is gone.
  void devtools.send('Page.crash').catch(() => undefined);
}

/** The test holds the time; each change is sent to the core ahead of the page's next call on the same pipe. */
function remoteClock(core: CoreHost, startAt: number): SettableClock {
  let now = startAt;
  return {
    now: () => now,
    set(instant) {
      now = typeof instant === 'string' ? Date.parse(instant) : instant;
      core.setTime({ clockAt: now });
    },
  };
}

function machineTimeNow(machine: MachineTime) {
  return { wallMs: machine.wallMs(), sinceBootMs: machine.sinceBootMs(), bootId: machine.bootId() };
}

/** The test moves the machine's clocks here; each move is sent to the core as the new readings. */
function remoteMachineTime(core: CoreHost, local: SettableMachineTime): SettableMachineTime {
  const moved = () => core.setTime({ machine: machineTimeNow(local) });
  return {
    wallMs: () => local.wallMs(),
    sinceBootMs: () => local.sinceBootMs(),
    bootId: () => local.bootId(),
    pass(ms) {
      local.pass(ms);
      moved();
    },
    setWallClock(to) {
      local.setWallClock(to);
      moved();
    },
    reboot(offForMs, upForMs) {
      local.reboot(offForMs, upForMs);
      moved();
    },
  };
}

/** What the bridge does with a page's call: main's sender check, then main's route table by channel name. */
export function bridgeDispatch(routes: ReadonlyMap<KioskChannel, KioskRoute>, trustedOrigin: string, log: Pick<Logger, 'warn'>) {
  return (sender: { url: string; isMainFrame: boolean }, channel: string, payload: unknown) => {
    if (!isTrustedSender(sender, trustedOrigin)) return refuseSender(log, channel, sender);
    const route = routes.get(channel as KioskChannel);
    return route ? route(payload) : fail('UNKNOWN_CHANNEL', `No channel ${channel}`);
  };
}

/** Runs the CommonJS preload bundle in a page, with `require('electron')` answered by a shim over the binding. */
function preloadInBrowser(bundle: string): string {
  return `(() => {
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, enumerable: false, writable: false, configurable: false }),
    },
    ipcRenderer: { invoke: (channel, payload) => window.${BINDING}(channel, payload) },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('The sandboxed preload may not require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${bundle}
  })(require, module, module.exports);
})();`;
}
