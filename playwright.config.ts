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
  // Two cores: one browser at a time keeps the timing of printer timeouts honest.
  workers: 1,
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
