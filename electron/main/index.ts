import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, safeStorage, session, type OpenDialogOptions } from 'electron';
import { LOG_FOLDER, openLogFiles } from '../../nodeShared/logFiles';
import { createCoreHost, type CoreHost } from '../services/coreProcess/coreHost';
import type { CoreStart } from '../services/coreProcess/coreMessages';
import { fileKeyProvider } from '../services/privacy/fileKeyProvider';
import { readOfficeFile } from '../services/office/officeFile';
import { resolveKioskPageFile } from '../services/staticFiles';
import { KIOSK_PAGE_HEADERS } from '../services/contentSecurityPolicy';
import { registerKioskIpc } from './registerKioskIpc';
import { utilityCoreProcess } from './utilityCore';
import { isBlockedShortcut, isKioskUrl, lockdownSettings, type LockdownSettings } from './lockdown';
import { keepKioskWindowAlive } from './windowRecovery';
import type { Logger } from '../../nodeShared/logger';
import { confirmUpdate, settleUpdateTrial, startUpdates } from './updates';
import { updateFeedFrom } from '../services/updates/updateFeed';
import { kioskContract, officeOverviewSchema } from '../../shared/ipc/contract';

const APP_SCHEME = 'app';
const APP_ORIGIN = `${APP_SCHEME}://kiosk`;
const START_URL = `${APP_ORIGIN}/index.html`;
const DEFAULT_PRINTER = 'tcp://127.0.0.1:9100';
const DEFAULT_LAN_PORT = 8080;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: CoreHost | undefined;
  /** The last touch or key on the kiosk: updates install only after ten quiet minutes. */
  let lastInputMs = Date.now();

  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!isKioskUrl(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isKioskUrl(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('before-input-event', (event, input) => {
      lastInputMs = Date.now();
      if (isBlockedShortcut(input)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core?.stop());

  void app.whenReady().then(startKiosk).catch((error: unknown) => {
    // A wrong printer address or office file: say so on the screen IT is looking at, then stop.
    dialog.showErrorBox('Sunbeon cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

  async function startKiosk(): Promise<void> {
    const lockdown = lockdownSettings(process.env, { isPackaged: app.isPackaged, platform: process.platform });
    // No menu means none of its accelerators either (reload, devtools, zoom); there is no default context menu.
    Menu.setApplicationMenu(null);
    powerSaveBlocker.start('prevent-display-sleep');
    if (lockdown.startAtLogin) app.setLoginItemSettings({ openAtLogin: true });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    const dataDir = process.env.SUNBEON_DATA_DIR ?? app.getPath('userData');
    serveRenderer(join(__dirname, '../renderer'), dataDir);
    const { log } = await openLogFiles('sunbeon-main', join(dataDir, LOG_FOLDER));
    // A packaged kiosk whose new version failed to start twice goes back before anything else runs.
    if (app.isPackaged && !(await settleUpdateTrial(dataDir, log))) return;
    // The core (SQLite, printing, LAN server, sync) lives in its own process; main relays the page's calls to it.
    const start = coreStartFromEnvironment(dataDir);
    core = createCoreHost({ spawn: utilityCoreProcess(join(__dirname, 'coreProcess.js')), start, log, chooseExportFolder });
    await core.started;
    registerKioskIpc(ipcMain, core.routes, APP_ORIGIN, log);
    const window = openKioskWindow(lockdown, log);
    if (!app.isPackaged) return;
    // The core is up and the start screen showed: a version on trial has proven itself.
    window.webContents.once('did-finish-load', () => confirmUpdate(dataDir));
    // Updates come from the district server the kiosk is linked to: the one the manager set on screen, or IT's environment.
    const keystoreKey = start.keystoreKeyBase64 === undefined ? undefined : Buffer.from(start.keystoreKeyBase64, 'base64');
    const host = core;
    const officeRoute = core.routes.get(kioskContract.getOffice.channel);
    startUpdates({
      dataDir,
      log,
      feed: () => updateFeedFrom(host.districtLink(), keystoreKey),
      office: async () => {
        const envelope = await officeRoute?.({});
        return envelope?.ok ? officeOverviewSchema.parse(envelope.value) : null;
      },
      lastInputMs: () => lastInputMs,
    });
  }
}

function coreStartFromEnvironment(dataDir: string): CoreStart {
  const keystoreKey = keystoreKeyBase64(dataDir);
  return {
    dataDir,
    // Only `npm start` asks for the demo; a packaged kiosk with an empty data folder shows the first-run setup.
    demo: process.env.SUNBEON_DEMO === '1',
    printer: process.env.SUNBEON_PRINTER ?? DEFAULT_PRINTER,
    paperWidth: process.env.SUNBEON_PAPER_WIDTH,
    initialOffice: process.env.SUNBEON_OFFICE_FILE ? readOfficeFile(process.env.SUNBEON_OFFICE_FILE) : undefined,
    // Skia cannot read inside app.asar: electron-builder unpacks the fonts next to it.
    receiptFontPath: app.isPackaged ? join(process.resourcesPath, 'app.asar.unpacked/assets/fonts/Pretendard-Bold.otf') : undefined,
    initialStaffPin: process.env.SUNBEON_STAFF_PIN,
    keystoreKeyBase64: keystoreKey,
    district: districtFromEnvironment(keystoreKey),
    appVersion: app.getVersion(),
    lan: {
      host: process.env.SUNBEON_LAN_HOST ?? '0.0.0.0',
      port: Number(process.env.SUNBEON_LAN_PORT ?? DEFAULT_LAN_PORT),
      pagesDir: join(__dirname, '../renderer'),
      atStart: process.env.SUNBEON_LAN === 'on' ? 'on' : 'as-left',
    },
  };
}

/**
 * The core process has no safeStorage, so main unseals the kiosk's one keystore key and hands it
 * over at start: the phone vault's key, and the district secret staff set on the kiosk is sealed
 * under a key derived from it. Undefined where the OS cannot keep it (then no mobile tickets).
 */
function keystoreKeyBase64(dataDir: string): string | undefined {
  // Linux without a keyring falls back to a hard-coded password ('basic_text'): no protection at all.
  if (!safeStorage.isEncryptionAvailable() || (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')) {
    // Paper tickets go on; mobile ones wait for a machine that can keep the numbers sealed.
    console.error('[sunbeon] No OS keystore to protect phone numbers and the district secret: mobile tickets are off on this kiosk.');
    return undefined;
  }
  mkdirSync(dataDir, { recursive: true });
  return fileKeyProvider(dataDir, {
    encrypt: (key) => safeStorage.encryptString(key.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  })
    .getKey()
    .toString('base64');
}

/** District IT's link for a new kiosk; the one the manager sets on the kiosk replaces it. */
function districtFromEnvironment(keystoreKey: string | undefined): CoreStart['district'] {
  const { SUNBEON_DISTRICT_URL: serverUrl, SUNBEON_KIOSK_ID: kioskId, SUNBEON_KIOSK_SECRET: secret } = process.env;
  if (!serverUrl || !kioskId || !secret || !keystoreKey) return undefined;
  return { serverUrl, publicUrl: process.env.SUNBEON_DISTRICT_PUBLIC_URL, kioskId, secret };
}

/**
 * Staff saving the logs pick the folder themselves, on the kiosk's own screen: the page never names
 * a path. On Linux the picker opens where USB sticks are mounted.
 */
async function chooseExportFolder(): Promise<string | null> {
  const mounts = [`/run/media/${userInfo().username}`, `/media/${userInfo().username}`];
  const options: OpenDialogOptions = {
    title: '로그를 저장할 USB 메모리 / The USB stick for the logs',
    properties: ['openDirectory', 'createDirectory'],
    defaultPath: process.platform === 'linux' ? mounts.find((dir) => existsSync(dir)) : undefined,
  };
  const window = BrowserWindow.getAllWindows()[0];
  const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}

function serveRenderer(rootDir: string, dataDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === 'kiosk' ? await resolveKioskPageFile(rootDir, dataDir, url.pathname) : null;
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(asset.file), {
        headers: { 'content-type': asset.contentType, ...KIOSK_PAGE_HEADERS },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function openKioskWindow(lockdown: LockdownSettings, log: Logger): BrowserWindow {
  const developing = process.env.SUNBEON_WINDOWED === '1';
  const window = new BrowserWindow({
    kiosk: !developing,
    fullscreen: !developing,
    width: 1080,
    height: 1920,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  keepKioskWindowAlive(
    {
      onRendererGone: (listener) => window.webContents.on('render-process-gone', (_event, details) => listener(details.reason)),
      onUnresponsive: (listener) => window.on('unresponsive', listener),
      onPageLoading: (listener) => window.webContents.on('did-start-loading', listener),
      onPageLoaded: (listener) => window.webContents.on('did-finish-load', listener),
      // Runs in the page's main world, on its main thread: a hung page never answers.
      ping: () => window.webContents.executeJavaScript('0'),
      showStartScreen: () => window.loadURL(START_URL),
      endRenderer: () => window.webContents.forcefullyCrashRenderer(),
    },
    log,
  );
  const { cursorCss } = lockdown;
  if (cursorCss) window.webContents.on('dom-ready', () => void window.webContents.insertCSS(cursorCss));
  void window.loadURL(START_URL);
  return window;
}
