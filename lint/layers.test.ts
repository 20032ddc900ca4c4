import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: `${__dirname}/..` });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
  ])('rejects %s importing across a layer: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', `import { kioskContract } from '../../shared/ipc/contract'; console.log(kioskContract);`],
    ['electron/main/x.ts', `import { app } from 'electron'; import { createKioskCore } from '../services/kiosk/kioskCore'; app.quit(); createKioskCore();`],
    ['electron/preload/x.ts', `import { contextBridge } from 'electron'; import { kioskContract } from '../../shared/ipc/contract'; contextBridge.exposeInMainWorld('a', kioskContract);`],
    ['electron/services/x.ts', `import { join } from 'node:path'; import { kioskContract } from '../../shared/ipc/contract'; join(String(kioskContract));`],
  ])('allows %s to import downward: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
