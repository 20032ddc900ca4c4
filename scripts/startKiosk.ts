/**
 * `npm start`: the kiosk on the embedded demo configuration, printing to the virtual printer.
 * Runs the real Electron app where its binary exists; elsewhere the same renderer, preload and
 * services in Chromium through the test bridge. `--day` also plays an office day through it.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { businessDayOf } from '../shared/businessDay';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { insecureDemoKeyProvider } from '../electron/services/privacy/keyProviders';
import { createLogger } from '../nodeShared/logger';
import { DEMO_OFFICE_ID, startDemoDistrict } from './demoDistrict';
import { BUILD_DIR, startInlineKioskBridge, startKioskBridge } from '../e2e/bridge/kioskBridge';
import { electronBinaryPath } from '../e2e/electronBinary';
import { DemoUsage, kioskScreens, parseDemoOptions, type DemoOptions } from './demo/demoOptions';
import { demoPorts, portsInUse, type PortSetting } from './demo/demoPorts';
import { buildKiosk } from './demo/quietBuild';
import { openKioskWindow } from './demo/kioskWindow';
import { startRemoteView } from './demo/remoteView';
import { ELECTRON_SQLITE_ADDON, rebuildSqliteForElectron } from './packaging/nativeBuilds';
import { dayClock, dayStart, describe, officeDayOn, startOfficeDay } from './demo/officeDayPlayer';

const repo = join(__dirname, '..');
const chromiumPath = process.env.SUNBEON_CHROMIUM ?? '/usr/bin/chromium';

interface AddressLine {
  what: string;
  address: string;
  /** The variable that moves it, when there is one. */
  env?: string;
}

/** Every address the demo opened, once, with the variable that changes each. */
function printAddresses(lines: readonly AddressLine[], notes: readonly string[]): void {
  const whatWidth = Math.max(...lines.map((line) => line.what.length));
  const addressWidth = Math.max(...lines.map((line) => line.address.length));
  console.log('\nSunbeon demo — addresses (the variable on the right changes each):');
  for (const { what, address, env } of lines) console.log(`  ${what.padEnd(whatWidth)}  ${address.padEnd(addressWidth)}  ${env ?? ''}`.trimEnd());
  for (const note of notes) console.log(`  ${note}`);
  console.log('');
}

async function main(options: DemoOptions): Promise<void> {
  const ports = demoPorts(process.env);
  const electron = options.day ? null : electronBinaryPath();
  const headless = process.env.SUNBEON_HEADLESS === '1' || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const needed: PortSetting[] = [ports.lan, ports.district, ports.printer, ports.printerControl];
  if (!electron) needed.push(ports.kioskPage, ...(headless ? [ports.view] : []));
  const taken = await portsInUse(needed);
  if (taken.length > 0) {
    for (const problem of taken) console.error(problem);
    process.exit(2);
  }

  await buildKiosk(repo, options.verbose);
  // Each played day starts from an empty office on today's date.
  if (options.day) rmSync(options.dataDir, { recursive: true, force: true });
  const printer = await startVirtualPrinter({ port: ports.printer.port, controlPort: ports.printerControl.port });
  const district = await startDemoDistrict(options.dataDir, ports.district.port);
  const common: AddressLine[] = [
    { what: 'Counter page', address: `http://127.0.0.1:${ports.lan.port}/counter`, env: ports.lan.env },
    { what: 'Display board', address: `http://127.0.0.1:${ports.lan.port}/board`, env: ports.lan.env },
    { what: 'District server', address: district.server.url, env: ports.district.env },
    { what: 'Public waiting status', address: `${district.server.url}/offices/${DEMO_OFFICE_ID}` },
    { what: 'Printer preview and faults', address: `http://127.0.0.1:${printer.controlPort}/`, env: ports.printerControl.env },
    { what: 'Printer (ESC/POS over TCP)', address: `tcp://127.0.0.1:${printer.port}`, env: ports.printer.env },
  ];
  const notes = [
    `Counter page: pair it with a code from the kiosk's staff screen ('직원 메뉴', PIN ${DEMO_STAFF_PIN}).`,
    'Messages to residents are printed below by the district server, with masked numbers; nothing is sent.',
  ];
  const stopAll: Array<() => Promise<unknown>> = [() => printer.stop(), () => district.server.close()];
  const stop = async (code = 0) => {
    for (const step of stopAll.reverse()) await step().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (electron) {
    // Electron cannot load the better-sqlite3 vitest uses (another ABI): it gets its own build.
    const sqliteAddon = existsSync(ELECTRON_SQLITE_ADDON) ? ELECTRON_SQLITE_ADDON : await rebuildSqliteForElectron();
    const app = spawn(electron, [join(BUILD_DIR, 'main/index.js')], {
      stdio: 'inherit',
      env: {
        ...process.env,
        SUNBEON_SQLITE_ADDON: sqliteAddon,
        SUNBEON_DATA_DIR: options.dataDir,
        SUNBEON_PRINTER: `tcp://127.0.0.1:${printer.port}`,
        SUNBEON_WINDOWED: '1',
        SUNBEON_DEMO: '1',
        SUNBEON_LAN: 'on',
        SUNBEON_LAN_HOST: '127.0.0.1',
        SUNBEON_LAN_PORT: String(ports.lan.port),
        SUNBEON_DISTRICT_URL: district.server.url,
        SUNBEON_KIOSK_ID: district.kioskId,
        SUNBEON_KIOSK_SECRET: district.secret,
      },
    });
    printAddresses(common, notes);
    app.on('exit', (code) => void stop(code ?? 0));
    return;
  }

  console.log(
    options.day
      ? 'The office day is played through the kiosk in Chromium (the bridge): the same renderer, preload bundle and services as Electron.'
      : 'The Electron binary is not installed here (its download is not reachable), so the kiosk runs in Chromium through the bridge:\n' +
          'the same renderer, preload bundle and services, only the IPC transport differs.',
  );
  const scenario = officeDayOn(businessDayOf(Date.now(), 4));
  const clock = options.day ? dayClock(dayStart(scenario), options.speed) : undefined;
  const kioskOptions = {
    dataDir: options.dataDir,
    demo: true,
    printerPort: printer.port,
    port: ports.kioskPage.port,
    lanPort: ports.lan.port,
    office: options.day ? scenario.office : undefined,
    // No OS keystore without Electron: the demo's phone-vault key is a plain file, and says so.
    district: { serverUrl: district.server.url, kioskId: district.kioskId, secret: district.secret, keyProvider: insecureDemoKeyProvider(createLogger('sunbeon')) },
  };
  // The played day drives the queue from this process, so its core runs here; otherwise in its own process, as in Electron.
  const dayKiosk = clock ? await startInlineKioskBridge({ ...kioskOptions, clock }) : undefined;
  const bridge = dayKiosk ?? (await startKioskBridge(kioskOptions));
  stopAll.push(() => bridge.close());
  const lan = bridge.lanStatus();
  if (!lan?.running) {
    console.error(`The LAN server did not start (${lan?.problem ?? 'unknown'}): set ${ports.lan.env} to a free port.`);
    await stop(2);
  }

  const screen = kioskScreens[options.orientation];
  const kioskWindow = await openKioskWindow({ executablePath: chromiumPath, screen, headless });
  stopAll.push(() => kioskWindow.browser.close());
  await bridge.attach(kioskWindow.page);
  await kioskWindow.page.goto(bridge.url);
  if (options.language !== 'ko') await kioskWindow.page.getByRole('button', { name: 'English', exact: true }).click();
  kioskWindow.browser.on('disconnected', () => void stop());

  const lines: AddressLine[] = [{ what: 'Kiosk page (bridge only)', address: bridge.url, env: ports.kioskPage.env }];
  if (headless) {
    const view = await startRemoteView({ page: kioskWindow.page, port: ports.view.port, screenDir: join(options.dataDir, 'screen') });
    stopAll.push(() => view.close());
    lines.unshift({ what: 'Kiosk (remote view)', address: view.url, env: ports.view.env });
    notes.unshift(
      `No desktop here (DISPLAY is empty), so the kiosk's ${screen.width}×${screen.height} screen runs headless: open the remote view above`,
      `  to see and tap it (from another machine: ssh -L ${ports.view.port}:127.0.0.1:${ports.view.port} this-host), or look at ${join(options.dataDir, 'screen', 'kiosk.jpg')} (every 5 s).`,
    );
  } else {
    notes.unshift(`The kiosk's ${options.orientation} ${screen.width}×${screen.height} screen is in the Chromium window${kioskWindow.scale < 1 ? `, shrunk to ${Math.round(kioskWindow.scale * 100)} % to fit the desktop` : ''}.`);
  }
  printAddresses([...lines, ...common], notes);

  if (dayKiosk && clock) {
    console.log(`Playing an office day at ${options.speed}× (one simulated hour every ${(60 / options.speed).toFixed(1)} min). Ctrl+C stops it.`);
    const player = await startOfficeDay({
      core: dayKiosk.core,
      lanBase: `http://127.0.0.1:${ports.lan.port}`,
      clock,
      scenario,
      staffPin: DEMO_STAFF_PIN,
      mobileTickets: true,
      report: (line) => console.log(`[day] ${line}`),
    });
    stopAll.push(() => player.stop());
    void player.finished.then((tally) => console.log(`[day] The office day is over: ${describe(tally)}. The kiosk stays open; Ctrl+C stops it.`));
  } else {
    console.log('Kiosk ready. Press Ctrl+C to stop.');
  }
}

try {
  const options = parseDemoOptions(process.argv.slice(2), process.env, join(repo, '.demo-data'));
  void main(options).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
} catch (error) {
  console.error(error instanceof DemoUsage || error instanceof TypeError ? error.message : error);
  process.exit(error instanceof DemoUsage && error.message.startsWith('Usage') ? 0 : 2);
}
