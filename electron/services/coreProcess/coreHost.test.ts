import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it, vi } from 'vitest';
import { kioskContract, kioskMethods } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/result';
import { createLogger } from '../../../nodeShared/logger';
import { startVirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { DATABASE_FILE, DEMO_STAFF_PIN } from '../kiosk/kioskCore';
import { updateFeedFrom } from '../updates/updateFeed';
import { demoOffice } from '../office/demoOffice';
import { useTempDirs } from '../testSupport/tempDir';
import { createCoreHost, type CoreHost } from './coreHost';
import type { CoreStart } from './coreMessages';
import { forkCoreProcess } from './forkCoreProcess';

const tempDir = useTempDirs();
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const ENTRY = join(__dirname, 'coreProcessMain.ts');
const log = createLogger('sunbeon-test', { write: () => undefined });
const issue = { serviceId: 'resident-registration', kind: 'paper', language: 'ko' } as const;

function startHost(start: CoreStart): CoreHost {
  const host = createCoreHost({ spawn: forkCoreProcess(ENTRY, log, ['--import', 'tsx']), start, log, restartDelayMs: { first: 50, last: 500 } });
  cleanups.push(() => host.stop());
  return host;
}

function issueTicket(host: CoreHost) {
  return host.routes.get(kioskContract.issueTicket.channel)!(issue) as Promise<
    Envelope<{ ticket: { id: string; displayNumber: string }; print: { status: string } }>
  >;
}

function ticketNumbers(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT display_number FROM tickets ORDER BY issued_at, display_number').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

it('a core process killed mid-print is started again; every acknowledged ticket is kept and no number is handed out twice', { timeout: 60_000 }, async () => {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.stop());
  const dataDir = tempDir();
  const host = startHost({ dataDir, demo: true, printer: `tcp://127.0.0.1:${printer.port}` });
  await host.started;
  const firstPid = host.pid();

  const acknowledged: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const answer = await issueTicket(host);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.print.status).toBe('printed');
    acknowledged.push(answer.value.ticket.displayNumber);
  }

  // The fourth is numbered and committed, then the printer falls silent: the core dies while it waits.
  printer.setFault('no-answer', { afterJobBytes: 0 });
  const inFlight = issueTicket(host);
  await vi.waitFor(() => expect(ticketNumbers(dataDir)).toHaveLength(4), { interval: 20 });
  const restarted = host.nextReady();
  process.kill(firstPid!, 'SIGKILL');

  const unanswered = await inFlight;
  expect(unanswered).toMatchObject({ ok: false, error: { code: 'CORE_RESTARTING' } });
  expect((await issueTicket(host)).ok).toBe(false);
  await restarted;
  expect(host.state()).toBe('ready');
  expect(host.pid()).not.toBe(firstPid);

  printer.setFault(null);
  const after = await issueTicket(host);
  if (!after.ok) throw new Error(after.error.message);
  const numbers = ticketNumbers(dataDir);
  expect(numbers.slice(0, 3)).toEqual(acknowledged);
  expect(numbers).toHaveLength(5);
  expect(new Set(numbers).size).toBe(5);
  expect(Number(after.value.ticket.displayNumber)).toBeGreaterThan(Math.max(...numbers.slice(0, 4).map(Number)));
});

it('a core that cannot start says why, and is not started again and again', async () => {
  const host = startHost({ dataDir: tempDir(), demo: true, printer: 'lpt1' });
  await expect(host.started).rejects.toThrow(/Unrecognised printer address "lpt1"/);
  expect(host.state()).toBe('stopped');
  expect(await issueTicket(host)).toMatchObject({ ok: false, error: { code: 'CORE_RESTARTING' } });
});

it('a core refusing its start options (an office it cannot run) says why at once', async () => {
  const office = { ...demoOffice, services: demoOffice.services.map((service) => ({ ...service, name: { ko: service.name.ko, en: service.name.en } })) };
  const host = startHost({ dataDir: tempDir(), demo: true, printer: 'tcp://127.0.0.1:9', initialOffice: office as CoreStart['initialOffice'] });
  await expect(host.started).rejects.toThrow(/refused its start options \(options\.initialOffice\.services\.0\.name\.zh: written in every offered language/);
  expect(host.state()).toBe('stopped');
});

it('stopping closes the core process cleanly', async () => {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.stop());
  const host = startHost({ dataDir: tempDir(), demo: true, printer: `tcp://127.0.0.1:${printer.port}` });
  await host.started;
  // Main registers this table with ipcMain: one route per contract channel, each reaching the core.
  expect([...host.routes.keys()].sort()).toEqual(kioskMethods.map((method) => kioskContract[method].channel).sort());
  expect(await host.routes.get(kioskContract.getOffice.channel)!({})).toMatchObject({ ok: true });
  const pid = host.pid()!;
  await host.stop();
  expect(host.state()).toBe('stopped');
  expect(() => process.kill(pid, 0)).toThrow();
});

it("main's updater asks the district server the manager linked on screen, with the secret unsealed by main's keystore key", { timeout: 60_000 }, async () => {
  const keystoreKey = Buffer.alloc(32, 7);
  const host = startHost({
    dataDir: tempDir(),
    demo: true,
    printer: 'tcp://127.0.0.1:9',
    keystoreKeyBase64: keystoreKey.toString('base64'),
    district: { serverUrl: 'http://127.0.0.1:9/seed', kioskId: 'kiosk-7', secret: 'seed-secret-1' },
  });
  await host.started;
  // IT's environment seeds a new kiosk: the feed is that server's, and the secret crosses the process boundary sealed.
  expect(updateFeedFrom(host.districtLink(), keystoreKey)).toEqual({ url: 'http://127.0.0.1:9/seed/updates', authorization: 'Bearer kiosk-7.seed-secret-1' });
  expect(JSON.stringify(host.districtLink())).not.toContain('seed-secret-1');
  expect(updateFeedFrom(host.districtLink(), Buffer.alloc(32, 8))).toBeNull();

  const call = (method: 'unlockStaff' | 'saveDistrictSetting', payload: unknown) => host.routes.get(kioskContract[method].channel)!(payload);
  expect(await call('unlockStaff', { pin: DEMO_STAFF_PIN })).toMatchObject({ ok: true });
  const setting = { serverUrl: 'http://127.0.0.1:9/chosen/', publicUrl: null, kioskId: 'kiosk-12' };
  expect(await call('saveDistrictSetting', { setting, secret: 'chosen-secret-2' })).toMatchObject({ ok: true });
  await vi.waitFor(() => expect(updateFeedFrom(host.districtLink(), keystoreKey)).toEqual({ url: 'http://127.0.0.1:9/chosen/updates', authorization: 'Bearer kiosk-12.chosen-secret-2' }));
});
