import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DATABASE_FILE, DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { callNext, completeService, setCounterState } from '../electron/services/queue/calling';
import { outboxRows } from '../electron/services/queue/outboxRows';
import { currentBusinessDay } from '../electron/services/queue/queueContext';
import { openSqliteStore } from '../server/src/store/sqlite/openSqliteStore';
import { startSolapiStub, type StubRequest } from '../server/src/testSupport/solapiStub';
import { openKioskPage, startInlineKioskBridge } from './bridge/kioskBridge';
import { districtProcess } from '../tools/district/districtProcess';
import { registerKioskInFile } from './district/registeredKiosk';
import { kioskDistrictOptions, SOLAPI, solapiServerEnv, TEMPLATES } from './district/solapiDistrict';
import { startFaultProxy } from './district/faultProxy';
import { expect, test } from './fixtures';
import { chooseService, expectAccessible, printTicket } from './kioskSteps';
import { freePort } from '../tools/freePort';

test.skip(({ transport }) => transport === 'electron', 'Mobile tickets under Electron need its OS keystore (safeStorage); the bridge run covers the same flow');
test.setTimeout(120_000);

// Built here, never written out: 010-0000-xxxx is not a subscriber's number.
const phone = ['010', '0000', String(4000 + 321)].join('');


async function typePhone(page: Page, digits: string) {
  for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
}

type Sent = { to: string; templateId: string; variables: Record<string, string> };
/** Each message added to a message group; the stub sends a group at most once. */
/** The kinds of message the district server decided for the day, in any state. */
async function decidedMessageKinds(serverDb: string, businessDay: string): Promise<string[]> {
  const store = openSqliteStore(serverDb);
  try {
    const tallies = await store.transaction((tx) => tx.deliveryTallies(businessDay));
    return tallies.flatMap((tally) => Array<string>(tally.count).fill(tally.kind)).sort();
  } finally {
    await store.close();
  }
}

const sentMessages = (requests: StubRequest[]): Sent[] =>
  requests.filter((r) => r.operation === 'addMessages').flatMap((r) =>
    (r.body as { messages: Array<{ to: string; kakaoOptions: { templateId: string; variables: Record<string, string> } }> }).messages.map((m) => ({
      to: m.to,
      templateId: m.kakaoOptions.templateId,
      variables: m.kakaoOptions.variables,
    })),
  );

test('a mobile ticket gets issued, approaching and called exactly once through server restarts and a faulty network', async ({ browser }) => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-mobile-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const solapi = await startSolapiStub(SOLAPI);
    cleanups.push(() => solapi.close());
    const serverDb = join(workDir, 'district.sqlite');
    const credentials = await registerKioskInFile(serverDb, 'e2e-office');

    const server = districtProcess(
      { SUNBEON_SERVER_DB: serverDb, SUNBEON_SERVER_KEY: randomBytes(32).toString('hex'), ...solapiServerEnv(solapi.url) },
      await freePort(),
    );
    await server.start();
    cleanups.push(() => server.kill());
    const proxy = await startFaultProxy(server.url);
    cleanups.push(() => proxy.close());

    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const kioskDir = join(workDir, 'kiosk');
    const bridge = await startInlineKioskBridge({
      dataDir: kioskDir,
      demo: true,
      printerPort: printer.port,
      district: kioskDistrictOptions(proxy.url, credentials),
    });
    cleanups.push(() => bridge.close());
    const { queue, changes } = bridge.core;
    setCounterState(queue, 'counter-3', 'open');
    changes.notify();

    const page = await openKioskPage(browser, bridge, { width: 1080, height: 1920 }, cleanups);

    // Four paper tickets ahead, so the mobile ticket starts above the "approaching" mark of 3.
    for (let i = 0; i < 4; i += 1) {
      await chooseService(page, { language: '한국어', service: /여권/ });
      await printTicket(page);
      await page.getByRole('button', { name: '완료' }).click();
    }

    await chooseService(page, { language: '한국어', service: /여권/ });
    await page.getByRole('button', { name: '휴대폰으로 받기' }).click();
    await page.getByRole('button', { name: '동의합니다' }).click();
    await typePhone(page, phone);
    await expect(page.getByTestId('phone-display')).toHaveText([phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)].join('-'));
    await page.getByRole('button', { name: '다음', exact: true }).click();
    await expect(page.getByTestId('confirm-phone')).toHaveText([phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)].join('-'));
    // The server applies the batch but the kiosk never hears back; then a duplicate and a slow request.
    proxy.script('drop-response', 'duplicate', { delayMs: 400 });
    // Enter confirms, as the 확인 button does.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('screen-mobileDone')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText('4005');
    await expect(page.getByTestId('people-ahead')).toHaveText('4');
    await expect(page.getByTestId('masked-phone')).toHaveText('010-****-4321');
    const shownEstimate = (await page.getByTestId('wait-estimate').textContent()) ?? '';

    const waitForMessages = async (count: number) =>
      expect.poll(() => sentMessages(solapi.requests).length, { timeout: 45_000, intervals: [200] }).toBe(count);
    await waitForMessages(1);
    expect(sentMessages(solapi.requests)[0]).toEqual({
      to: phone,
      templateId: TEMPLATES.issued,
      variables: expect.objectContaining({ '#{번호}': '4005', '#{대기인원}': '4', '#{예상대기}': shownEstimate }),
    });

    // The counter calls the first ticket: three ahead now. The server is killed before it hears.
    await server.kill();
    const requestsBefore = proxy.log.length;
    callNext(queue, 'counter-3');
    changes.notify();
    // The kiosk tried the dead server (the proxy took its request and could not pass it on).
    await expect.poll(() => proxy.log.length, { timeout: 20_000 }).toBeGreaterThan(requestsBefore);
    await server.start();
    await waitForMessages(2);
    expect(sentMessages(solapi.requests)[1]).toMatchObject({ to: phone, templateId: TEMPLATES.approaching, variables: { '#{번호}': '4005', '#{대기인원}': '3' } });

    proxy.script('duplicate', 'drop-request', { delayMs: 300 }, 'drop-response');
    for (let i = 0; i < 4; i += 1) {
      callNext(queue, 'counter-3');
      changes.notify();
    }
    await waitForMessages(3);
    expect(sentMessages(solapi.requests)[2]).toMatchObject({ to: phone, templateId: TEMPLATES.called, variables: { '#{번호}': '4005', '#{창구}': expect.stringContaining('3') } });

    // Nothing more comes, however the network misbehaves; and the number is gone once its purpose is.
    completeService(queue, 'counter-3');
    changes.notify();
    const lastChange = outboxRows(bridge.core.db).lastPosition();
    // Once the kiosk's outbox is empty the server holds every event, and it decided each event's
    // messages in the transaction that applied it: exactly these three, and all of them were sent.
    // The office snapshot that follows the last change (5 s later) counts too: staff read the sync once it is quiet.
    const snapshotAfterLastChange = () => outboxRows(bridge.core.db).since(lastChange, 50).some((row) => row.event_type === 'office.snapshot');
    await expect.poll(() => snapshotAfterLastChange() && outboxRows(bridge.core.db).unsentCount() === 0, { timeout: 45_000 }).toBe(true);
    expect(await decidedMessageKinds(serverDb, currentBusinessDay(queue))).toEqual(['approaching', 'called', 'issued']);
    expect(sentMessages(solapi.requests).map((m) => m.templateId)).toEqual([TEMPLATES.issued, TEMPLATES.approaching, TEMPLATES.called]);
    expect(solapi.delivered.map((m) => m.templateId)).toEqual([TEMPLATES.issued, TEMPLATES.approaching, TEMPLATES.called]);
    expect(proxy.log).toEqual(expect.arrayContaining(['drop-response', 'duplicate', 'drop-request']));
    expect(server.output()).not.toContain(phone);
    for (const file of [join(kioskDir, DATABASE_FILE), join(kioskDir, `${DATABASE_FILE}-wal`), serverDb, `${serverDb}-wal`]) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(phone)), file).toBe(false);
    }
    expect(bridge.core.db.prepare('SELECT COUNT(*) AS n FROM mobile_contacts').get()).toEqual({ n: 0 });

    // Staff see the sync caught up.
    await page.goto(bridge.url);
    await page.getByRole('button', { name: /직원 메뉴/ }).click();
    for (const digit of DEMO_STAFF_PIN) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '확인' }).click();
    await expect(page.getByTestId('sync-status')).toContainText('0건');
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-circuit', 'closed');
    await expectAccessible(page);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
