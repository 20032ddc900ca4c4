import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../electron/services/kiosk/kioskCore';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { crashPage, hangPage } from './bridge/kioskBridge';
import { expectAccessible, screen, takePaperTicket } from './kioskSteps';

function ticketNumbers(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT display_number FROM tickets ORDER BY issued_at_ms').pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('the core process killed mid-print: a calm wait screen, back to start, nothing acknowledged lost', async ({ kiosk }) => {
  // Two core start-ups (Node loads SQLite, fastify and Skia): slow on a loaded machine.
  test.setTimeout(120_000);
  test.skip(!kiosk.core || !kiosk.dataDir, 'Kills the bridge\'s Node core process; under Electron the utility process belongs to main');
  const { page, printer, core, dataDir } = kiosk;
  await takePaperTicket(page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('1001');
  await page.getByRole('button', { name: '완료' }).click();

  // The next ticket is numbered and committed, then the printer falls silent and the core dies while it waits.
  printer.setFault('no-answer', { afterJobBytes: 0 });
  await takePaperTicket(page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect.poll(() => ticketNumbers(dataDir!), { intervals: [20] }).toHaveLength(2);
  const firstPid = core!.pid();
  process.kill(firstPid!, 'SIGKILL');

  await expect(page.getByTestId('core-restarting')).toBeVisible();
  await expect(page.getByRole('heading', { name: '잠시만 기다려 주세요' })).toBeFocused();
  printer.setFault(null);
  await expect(screen(page, 'start')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('core-restarting')).toBeHidden();
  expect(core!.pid()).not.toBe(firstPid);
  await expectAccessible(page);

  await takePaperTicket(page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('1003');
  expect(ticketNumbers(dataDir!)).toEqual(['1001', '1002', '1003']);
  expect(printer.copiesOf('1001')).toBe(1);
});

/** Ticket 1001 taken, and the next resident half-way through theirs, when the page fails. */
async function nextResidentHalfWay(page: Page): Promise<void> {
  await takePaperTicket(page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect(page.getByTestId('ticket-number')).toHaveText('1001');
  await page.getByRole('button', { name: '완료' }).click();
  await page.getByRole('button', { name: '한국어', exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
}

test('the kiosk page crashed mid-flow: back on the start screen, the queue intact', async ({ kiosk, transport }) => {
  test.skip(transport !== 'bridge', 'Crashes the bridge page through DevTools; under Electron the variant below crashes the window');
  const { printer, dataDir } = kiosk;
  const crashed = kiosk.page;
  await nextResidentHalfWay(crashed);

  const crashedAt = Date.now();
  await crashPage(crashed);
  await expect.poll(() => kiosk.page !== crashed).toBe(true);
  await expect(screen(kiosk.page, 'start')).toBeVisible();
  console.log(`[coreRestart] the crashed page was back on the start screen after ${Date.now() - crashedAt} ms`);
  expect(ticketNumbers(dataDir!)).toEqual(['1001']);

  await takePaperTicket(kiosk.page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect(kiosk.page.getByTestId('ticket-number')).toHaveText('1002');
  expect(ticketNumbers(dataDir!)).toEqual(['1001', '1002']);
  expect(printer.copiesOf('1001')).toBe(1);
});

test.describe('with main\'s page watchdog', () => {
  test.use({ watchHangs: true });

  test('the kiosk page hung mid-flow: the watchdog ends it, back on the start screen, the queue intact', async ({ kiosk, transport }) => {
    test.skip(transport !== 'bridge', 'Hangs the bridge page; under Electron the variant below hangs the window');
    const { dataDir } = kiosk;
    const hung = kiosk.page;
    await nextResidentHalfWay(hung);

    // A runaway script: the page stays alive but its main thread never runs anything else.
    const hungAt = Date.now();
    await hangPage(hung);
    await expect.poll(() => kiosk.page !== hung).toBe(true);
    await expect(screen(kiosk.page, 'start')).toBeVisible();
    console.log(`[coreRestart] the hung page was back on the start screen after ${Date.now() - hungAt} ms`);

    await takePaperTicket(kiosk.page, { language: '한국어', service: /주민등록 등·초본/ });
    await expect(kiosk.page.getByTestId('ticket-number')).toHaveText('1002');
    expect(ticketNumbers(dataDir!)).toEqual(['1001', '1002']);
  });

  test('under Electron, a hung kiosk window is ended by the watchdog and loads the start screen again', async ({ kiosk, transport }) => {
    test.skip(transport !== 'electron', 'Needs the Electron binary: main\'s watchdog pings its own window');
    const app = kiosk.electronApp!;
    await kiosk.page.getByRole('button', { name: '한국어', exact: true }).click();
    await expect(screen(kiosk.page, 'chooseService')).toBeVisible();
    await app.evaluate(({ BrowserWindow }) => {
      void BrowserWindow.getAllWindows()[0].webContents.executeJavaScript('setTimeout(() => { for (;;) {} }, 0)');
    });
    await expect.poll(async () => {
      const page = app.windows().find((open) => !open.isClosed());
      return page ? screen(page, 'start').isVisible().catch(() => false) : false;
    }, { timeout: 10_000 }).toBe(true);
  });
});

test('under Electron, the core utility process killed: the calm wait screen, then the start screen on a new core', async ({ kiosk, transport }) => {
  test.skip(transport !== 'electron', 'Needs the Electron binary: the core runs in main\'s utilityProcess');
  const app = kiosk.electronApp!;
  const corePid = () => app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().find((metric) => metric.type === 'Utility' && metric.serviceName === 'Sunbeon core')?.pid);
  const first = await corePid();
  expect(first).toBeDefined();
  process.kill(first!, 'SIGKILL');
  await expect(kiosk.page.getByTestId('core-restarting')).toBeVisible();
  await expect(screen(kiosk.page, 'start')).toBeVisible({ timeout: 20_000 });
  await expect.poll(corePid).not.toBe(first);
  await takePaperTicket(kiosk.page, { language: '한국어', service: /주민등록 등·초본/ });
  await expect(kiosk.page.getByTestId('ticket-number')).toHaveText('1001');
});

test('under Electron, a crashed kiosk window loads the start screen again', async ({ kiosk, transport }) => {
  test.skip(transport !== 'electron', 'Needs the Electron binary: main reloads its own window');
  const app = kiosk.electronApp!;
  await kiosk.page.getByRole('button', { name: '한국어', exact: true }).click();
  await expect(screen(kiosk.page, 'chooseService')).toBeVisible();
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.forcefullyCrashRenderer());
  await expect.poll(() => app.windows().find((page) => !page.isClosed() && page.url() === 'app://kiosk/index.html')).toBeTruthy();
  const page = app.windows().find((open) => !open.isClosed())!;
  await expect(screen(page, 'start')).toBeVisible();
});
