import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: `${__dirname}/..` });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it.each([
    ['renderer/src/x.ts', `import { readFileSync } from 'node:fs'; readFileSync('a');`],
    ['renderer/src/x.ts', `import { ipcRenderer } from 'electron'; ipcRenderer.send('a');`],
    ['renderer/src/x.ts', `import { openDatabase } from '../../electron/services/database/openDatabase'; openDatabase('a');`],
    ['shared/x.ts', `import Database from 'better-sqlite3'; new Database('a');`],
    ['shared/x.ts', `import { App } from '../renderer/src/App'; App();`],
    ['electron/services/x.ts', `import { app } from 'electron'; app.quit();`],
    ['electron/services/x.ts', `import { start } from '../main/index'; start();`],
    ['electron/preload/x.ts', `import { join } from 'node:path'; join('a');`],
    ['electron/preload/x.ts', `import { createKioskCore } from '../services/kiosk/kioskCore'; createKioskCore();`],
    ['e2e/x.ts', `import { app } from 'electron'; app.quit();`],
    ['nodeShared/x.ts', `import { app } from 'electron'; app.quit();`],
    ['nodeShared/x.ts', `import { openDatabase } from '../electron/services/database/openDatabase'; openDatabase('a');`],
    ['nodeShared/x.ts', `import { App } from '../renderer/src/App'; App();`],
    ['nodeShared/x.ts', `import { startDistrictServer } from '../server/src/districtServer'; startDistrictServer();`],
    ['nodeShared/x.ts', `export const title = () => document.title;`],
    ['nodeShared/x.ts', `export const wide = () => window.innerWidth;`],
    ['server/src/x.ts', `import { openDatabase } from '../../electron/services/database/openDatabase'; openDatabase('a');`],
    ['server/src/x.ts', `import { App } from '../../renderer/src/App'; App();`],
    ['server/src/x.ts', `import { app } from 'electron'; app.quit();`],
    ['renderer/src/x.ts', `import { systemClock } from '../../nodeShared/clock'; systemClock.now();`],
    ['shared/x.ts', `import { systemClock } from '../nodeShared/clock'; systemClock.now();`],
    ['electron/preload/x.ts', `import { systemClock } from '../../nodeShared/clock'; systemClock.now();`],
    ['electron/services/x.ts', `import { startVirtualPrinter } from '../../tools/virtualPrinter/virtualPrinter'; startVirtualPrinter();`],
    ['electron/main/x.ts', `import { freePort } from '../../tools/freePort'; freePort();`],
    ['renderer/src/x.tsx', `import { benchAll } from '../../bench/run'; benchAll();`],
    ['nodeShared/x.ts', `import { PNG } from 'pngjs'; new PNG();`],
    ['electron/services/printing/x.ts', `import { create } from 'qrcode'; create('a');`],
    ['bench/x.ts', `import { districtProcess } from '../e2e/district/districtProcess'; districtProcess({}, 1);`],
    ['bench/x.ts', `import { startTestKiosk } from '../electron/services/testSupport/startTestKiosk'; startTestKiosk();`],
    ['bench/x.ts', `import { usePostgres } from '../server/src/testSupport/usePostgres'; usePostgres();`],
    ['bench/x.ts', `import { app } from 'electron'; app.quit();`],
  ])('rejects %s importing across a layer: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', `import { kioskContract } from '../../shared/ipc/contract'; console.log(kioskContract);`],
    ['electron/main/x.ts', `import { app } from 'electron'; import { createKioskCore } from '../services/kiosk/kioskCore'; app.quit(); createKioskCore();`],
    ['electron/preload/x.ts', `import { contextBridge } from 'electron'; import { kioskContract } from '../../shared/ipc/contract'; contextBridge.exposeInMainWorld('a', kioskContract);`],
    ['electron/services/x.ts', `import { join } from 'node:path'; import { kioskContract } from '../../shared/ipc/contract'; join(String(kioskContract));`],
    ['electron/services/x.ts', `import { systemClock } from '../../nodeShared/clock'; systemClock.now();`],
    ['nodeShared/x.ts', `import Database from 'better-sqlite3'; import { kioskContract } from '../shared/ipc/contract'; new Database(String(kioskContract));`],
    ['server/src/x.ts', `import { systemClock } from '../../nodeShared/clock'; import { officeConfigSchema } from '../../shared/office'; systemClock.now(); officeConfigSchema.parse({});`],
    ['electron/services/printing/x.test.ts', `import { startVirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter'; import { PNG } from 'pngjs'; startVirtualPrinter(); new PNG();`],
    ['electron/services/testSupport/x.ts', `import { startVirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter'; startVirtualPrinter();`],
    ['electron/main/x.ts', `import type { Page } from '@playwright/test'; export type Shown = Page;`],
    ['bench/x.ts', `import { districtProcess } from '../tools/district/districtProcess'; import { startKioskBridge } from '../e2e/bridge/kioskBridge'; districtProcess({}, 1); startKioskBridge();`],
    ['bench/x.ts', `import { startPostgresCluster } from '../tools/postgresCluster'; startPostgresCluster();`],
  ])('allows %s to import downward: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
