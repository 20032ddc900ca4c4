import { defineConfig } from '@playwright/test';
import { ELECTRON_MISSING_REASON, electronBinaryPath } from './e2e/electronBinary';
import type { KioskTransportOptions } from './e2e/fixtures';

export const CHROMIUM_PATH = process.env.SUNBEON_CHROMIUM ?? '/usr/bin/chromium';

// Printed once, by the runner, not again by each worker.
if (!electronBinaryPath() && process.env.TEST_WORKER_INDEX === undefined) console.log(`[e2e] ${ELECTRON_MISSING_REASON}`);

export default defineConfig<KioskTransportOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Every test starts its own kiosk (a fresh data folder, the virtual printer and every server on
  // ports of their own) in browser contexts of its own, so any test may run beside any other; most
  // of a kiosk test is waiting (idle timers, printer timeouts, heartbeats), which a second worker
  // fills. One worker unless SUNBEON_E2E_WORKERS says more: two are not yet proven free of
  // timing flakes on two loaded cores.
  fullyParallel: true,
  workers: Number(process.env.SUNBEON_E2E_WORKERS ?? 1),
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'bridge-chromium',
      use: {
        transport: 'bridge',
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', use: { transport: 'electron' } },
  ],
});
