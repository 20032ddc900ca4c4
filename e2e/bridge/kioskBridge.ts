import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { KioskChannel } from '../../shared/ipc/channels';
import { fail } from '../../shared/result';
import type { OfficeConfig } from '../../shared/office';
import type { Clock } from '../../nodeShared/clock';
import type { MachineTime } from '../../electron/services/queue/machineTime';
import type { KioskRoute } from '../../electron/services/ipc/kioskRoutes';
import { isTrustedSender } from '../../electron/services/ipc/trustedSender';
import type { DistrictOptions } from '../../electron/services/kiosk/districtLink';
import { createKioskCore, type KioskCore } from '../../electron/services/kiosk/kioskCore';
import { createPrinter } from '../../electron/services/printing/createPrinter';
import { serveStaticSite } from './staticServer';

export const BUILD_DIR = join(__dirname, '../../out');
const BINDING = '__sunbeonIpc';

export interface KioskBridgeOptions {
  dataDir: string;
  printerPort: number;
  clock?: Clock;
  /** Without `clock`: the machine whose wall clock the queue checks (default: this one). */
  machineTime?: MachineTime;
  office?: OfficeConfig;
  /** Seed an empty kiosk with the demo office and PIN, as `npm start` does; without it an empty kiosk asks for setup. */
  demo?: boolean;
  /** Serve on a fixed port (the demo); tests take any free one. */
  port?: number;
  /** Run the LAN server for counter pages and boards on 127.0.0.1 at this port (0: any free one). */
  lanPort?: number;
  /** Link to a district server: mobile tickets and sync. */
  district?: DistrictOptions;
}

export interface KioskBridge {
  url: string;
  core: KioskCore;
  /** Gives a page the real preload bundle, its IPC wired to the same routes Electron's main registers. */
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * The kiosk without the Electron binary: real services and the real built renderer + preload,
 * with only the transport swapped (ipcRenderer.invoke → a Playwright binding → the route table).
 */
export async function startKioskBridge(options: KioskBridgeOptions): Promise<KioskBridge> {
  const core = createKioskCore({
    dataDir: options.dataDir,
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: options.printerPort }),
    clock: options.clock,
    machineTime: options.machineTime,
    initialOffice: options.office,
    demo: options.demo,
    lan: options.lanPort === undefined ? undefined : { host: '127.0.0.1', port: options.lanPort, pagesDir: join(BUILD_DIR, 'renderer') },
    district: options.district,
  });
  if (options.lanPort !== undefined) await core.lan?.setEnabled(true);
  const site = await serveStaticSite(join(BUILD_DIR, 'renderer'), options.port);
  const preloadScript = preloadInBrowser(readFileSync(join(BUILD_DIR, 'preload/index.cjs'), 'utf8'));
  return {
    url: `${site.origin}/index.html`,
    core,
    async attach(page) {
      const dispatch = bridgeDispatch(core.routes, site.origin);
      await page.exposeBinding(BINDING, ({ frame }, channel: string, payload: unknown) =>
        dispatch({ url: frame.url(), isMainFrame: frame === frame.page().mainFrame() }, channel, payload),
      );
      await page.addInitScript({ content: preloadScript });
    },
    async close() {
      await site.close();
      await core.close();
    },
  };
}

/** What the bridge does with a page's call: main's sender check, then main's route table by channel name. */
export function bridgeDispatch(routes: ReadonlyMap<KioskChannel, KioskRoute>, trustedOrigin: string) {
  return (sender: { url: string; isMainFrame: boolean }, channel: string, payload: unknown) => {
    if (!isTrustedSender(sender, trustedOrigin)) return fail('FORBIDDEN_SENDER', 'Only the kiosk page may call the kiosk');
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
