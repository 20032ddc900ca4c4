/**
 * `npm start`: the kiosk on the embedded demo configuration, printing to the virtual printer.
 * Runs the real Electron app where its binary exists; elsewhere the same renderer, preload and
 * services in Chromium through the test bridge.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startVirtualPrinter } from '../electron/services/printing/virtual/virtualPrinter';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { insecureDemoKeyProvider } from '../electron/services/privacy/keyProviders';
import { consoleLogger } from '../electron/services/logger';
import { DEMO_OFFICE_ID, startDemoDistrict } from './demoDistrict';
import { BUILD_DIR, startKioskBridge } from '../e2e/bridge/kioskBridge';
import { electronBinaryPath } from '../e2e/electronBinary';

const repo = join(__dirname, '..');
const dataDir = process.env.SUNBEON_DATA_DIR ?? join(repo, '.demo-data');
const chromiumPath = process.env.SUNBEON_CHROMIUM ?? '/usr/bin/chromium';
const lanPort = Number(process.env.SUNBEON_LAN_PORT ?? 8080);

function printLanHelp(base: string): void {
  console.log(
    `Counter page: ${base}/counter  (pair it with a code from the kiosk's staff screen: '직원 메뉴', PIN ${DEMO_STAFF_PIN})\n` +
      `Display board: ${base}/board`,
  );
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const printer = await startVirtualPrinter({ port: 0, controlPort: Number(process.env.SUNBEON_PRINTER_CONTROL_PORT ?? 9101) });
  console.log(`Virtual printer: tcp://127.0.0.1:${printer.port} — preview and faults at http://127.0.0.1:${printer.controlPort}/`);
  const district = await startDemoDistrict(dataDir, Number(process.env.SUNBEON_SERVER_PORT ?? 8787));
  console.log(
    `District server: ${district.server.url} — messages are printed here with masked numbers; ` +
      `public waiting status at ${district.server.url}/offices/${DEMO_OFFICE_ID}`,
  );

  const electron = electronBinaryPath();
  if (electron) {
    const app = spawn(electron, [join(BUILD_DIR, 'main/index.js')], {
      stdio: 'inherit',
      env: {
        ...process.env,
        SUNBEON_DATA_DIR: dataDir,
        SUNBEON_PRINTER: `tcp://127.0.0.1:${printer.port}`,
        SUNBEON_WINDOWED: '1',
        SUNBEON_LAN: 'on',
        SUNBEON_LAN_HOST: '127.0.0.1',
        SUNBEON_LAN_PORT: String(lanPort),
        SUNBEON_DISTRICT_URL: district.server.url,
        SUNBEON_KIOSK_ID: district.kioskId,
        SUNBEON_KIOSK_SECRET: district.secret,
      },
    });
    printLanHelp(`http://127.0.0.1:${lanPort}`);
    app.on('exit', (code) => void Promise.all([printer.stop(), district.server.close()]).then(() => process.exit(code ?? 0)));
    return;
  }

  console.log(
    '\nThe Electron binary is not installed here (its download is not reachable), so the kiosk runs in Chromium\n' +
      'through the bridge: the same renderer, preload bundle and services, only the IPC transport differs.\n',
  );
  const bridge = await startKioskBridge({
    dataDir,
    printerPort: printer.port,
    port: Number(process.env.SUNBEON_BRIDGE_PORT ?? 0),
    lanPort,
    // No OS keystore without Electron: the demo's phone-vault key is a plain file, and says so.
    district: { serverUrl: district.server.url, kioskId: district.kioskId, secret: district.secret, keyProvider: insecureDemoKeyProvider(consoleLogger) },
  });
  const lan = bridge.core.lan?.status();
  printLanHelp(lan?.counterPageUrls[0]?.replace(/\/counter$/, '') ?? `(LAN server not running: ${lan?.problem ?? 'unknown'})`);
  const headless = process.env.SUNBEON_HEADLESS === '1' || !process.env.DISPLAY;
  if (headless && process.env.SUNBEON_HEADLESS !== '1') {
    console.log('No display found (DISPLAY is empty): starting headless. For a window, run under a desktop or `xvfb-run -a npm start` with a VNC viewer.');
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--start-maximized'],
  });
  const page = await browser.newPage({ viewport: null });
  await bridge.attach(page);
  await page.goto(bridge.url);
  console.log('Kiosk ready. Press Ctrl+C to stop.');

  const stop = async () => {
    await browser.close().catch(() => undefined);
    await bridge.close();
    await printer.stop();
    await district.server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  browser.on('disconnected', () => void stop());
}

void main();
