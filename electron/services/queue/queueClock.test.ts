import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { DEMO_STAFF_PIN } from '../kiosk/kioskCore';
import { useTempDirs } from '../testSupport/tempDir';
import { useTestKiosks, valueOf, type TestKiosk } from '../testSupport/testKiosk';
import { settableMachineTime, type SettableMachineTime } from '../testSupport/settableMachineTime';
import { callNext, setCounterState } from './calling';
import { clockHighWaterRows } from './clockHighWaterRows';
import { readBootId } from './machineTime';
import { CLOCK_JUMP_LIMIT_MS } from './queueClock';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
let printer: VirtualPrinter;
beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});
afterAll(() => printer.stop());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 10:00 in Seoul on business day 2026-11-24. */
const MORNING = '2026-11-24T01:00:00Z';

function startOn(machine: SettableMachineTime, dataDir: string) {
  const kiosk = kiosks.start({ dataDir, demo: true, machineTime: machine, printerPort: printer.port });
  setCounterState(kiosk.core.queue, 'counter-3', 'open');
  return kiosk;
}

async function issue(kiosk: TestKiosk) {
  return valueOf(await kiosk.call('issueTicket', { serviceId: 'passport', kind: 'paper', language: 'ko' })).ticket;
}

async function clockFault(kiosk: TestKiosk) {
  await kiosk.call('unlockStaff', { pin: DEMO_STAFF_PIN });
  return valueOf(await kiosk.call('getStaffOverview', {})).clockFault;
}

/** A restart on the same boot: the saved queue time is written as the core closes. */
async function restart(kiosk: TestKiosk, machine: SettableMachineTime, dataDir: string) {
  await kiosks.stop(kiosk);
  return startOn(machine, dataDir);
}

describe('the queue clock under a wall clock that lies', () => {
  it('keeps issuing and calling on today after a jump to tomorrow and back, and tells staff meanwhile', async () => {
    const machine = settableMachineTime(MORNING);
    const kiosk = startOn(machine, tempDir());
    const first = await issue(kiosk);
    const second = await issue(kiosk);
    expect(await clockFault(kiosk)).toBeNull();

    machine.pass(60_000);
    machine.setWallClock(machine.wallMs() + DAY);
    const duringJump = await issue(kiosk);
    expect(duringJump).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4003' });
    expect(Date.parse(duringJump.issuedAt)).toBe(Date.parse(MORNING) + 60_000);
    expect(callNext(kiosk.core.queue, 'counter-3')).toMatchObject({ id: first.id });
    expect(await clockFault(kiosk)).toEqual({ direction: 'ahead', wallClockAt: new Date(machine.wallMs()).toISOString(), queueAt: duringJump.issuedAt });

    machine.pass(5 * 60_000);
    machine.setWallClock(machine.wallMs() - DAY);
    expect(await clockFault(kiosk)).toBeNull();
    expect(callNext(kiosk.core.queue, 'counter-3')).toMatchObject({ id: second.id });
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4004' });
    expect(clockHighWaterRows(kiosk.core.db).read()).toBeLessThan(Date.parse(MORNING) + HOUR);
  });

  it('takes no lasting harm from a single reading of 2036: the high-water mark stays, and tomorrow numbers restart', async () => {
    const machine = settableMachineTime(MORNING);
    const kiosk = startOn(machine, tempDir());
    await issue(kiosk);
    const realWall = machine.wallMs();
    machine.setWallClock('2036-03-01T00:00:00Z');
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4002' });
    machine.setWallClock(realWall);
    machine.pass(DAY);
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-25', displayNumber: '4001' });
    expect(clockHighWaterRows(kiosk.core.db).read()).toBe(Date.parse(MORNING) + DAY);
  });

  it('stays on today across a restart while the wall clock says tomorrow, until staff confirm; the confirmation is audited', async () => {
    const machine = settableMachineTime(MORNING);
    const dataDir = tempDir();
    let kiosk = startOn(machine, dataDir);
    await issue(kiosk);
    machine.pass(60_000);
    machine.setWallClock(machine.wallMs() + DAY);
    kiosk = await restart(kiosk, machine, dataDir);
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4002' });
    const fault = await clockFault(kiosk);
    expect(fault).toMatchObject({ direction: 'ahead' });

    // Staff confirm what they were shown; a clock that moved on since is refused.
    expect(await kiosk.call('confirmClock', { wallClockAt: new Date(machine.wallMs() + HOUR).toISOString() })).toMatchObject({ ok: false, error: { code: 'NO_CLOCK_FAULT' } });
    expect(await kiosk.call('confirmClock', { wallClockAt: fault!.wallClockAt })).toEqual({ ok: true, value: { acceptedAt: fault!.wallClockAt, keptAt: fault!.queueAt } });
    expect(await clockFault(kiosk)).toBeNull();
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-25', displayNumber: '4001' });
    const audit = valueOf(await kiosk.call('getAuditLog', { limit: 5 })).entries;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'clock-confirmed', actor: 'manager', detail: { acceptedAt: fault!.wallClockAt, keptAt: fault!.queueAt } }));
    expect(await kiosk.call('confirmClock', { wallClockAt: fault!.wallClockAt })).toMatchObject({ ok: false, error: { code: 'NO_CLOCK_FAULT' } });
  });

  it('never reissues a number when the wall clock goes back across the day start over a reboot', async () => {
    const machine = settableMachineTime('2026-11-23T19:05:00Z'); // 04:05 in Seoul: business day 2026-11-24 has begun
    const dataDir = tempDir();
    let kiosk = startOn(machine, dataDir);
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4001' });
    await kiosks.stop(kiosk);
    machine.reboot(2 * 60_000);
    machine.setWallClock('2026-11-23T18:40:00Z'); // 03:40: yesterday's business day
    kiosk = startOn(machine, dataDir);
    expect(await clockFault(kiosk)).toMatchObject({ direction: 'behind' });
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4002' });
    // The queue's time runs on as the wall clock does, 25 minutes apart, until someone sets the clock right.
    machine.pass(HOUR);
    expect(await clockFault(kiosk)).toMatchObject({ direction: 'behind', queueAt: '2026-11-23T20:05:00.000Z' });
    machine.setWallClock(machine.wallMs() + 25 * 60_000);
    expect(await clockFault(kiosk)).toBeNull();
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4003' });
  });

  it('does not follow a machine that wakes up in 2036, and a kiosk that already issued in 2036 recovers by a staff confirmation', async () => {
    const machine = settableMachineTime(MORNING);
    const dataDir = tempDir();
    let kiosk = startOn(machine, dataDir);
    await issue(kiosk);
    await kiosks.stop(kiosk);
    machine.reboot(10 * HOUR);
    machine.setWallClock('2036-03-01T00:00:00Z');
    kiosk = startOn(machine, dataDir);
    expect(await clockFault(kiosk)).toMatchObject({ direction: 'ahead' });
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4002' });

    // A fresh kiosk has nothing to compare with: its first reading of 2036 is taken, then corrected by NTP.
    const fresh = settableMachineTime('2036-03-01T00:00:00Z');
    const freshDir = tempDir();
    const freshKiosk = startOn(fresh, freshDir);
    expect(await issue(freshKiosk)).toMatchObject({ businessDay: '2036-03-01' });
    fresh.setWallClock(MORNING);
    expect(await clockFault(freshKiosk)).toMatchObject({ direction: 'behind' });
    const fault = await clockFault(freshKiosk);
    valueOf(await freshKiosk.call('confirmClock', { wallClockAt: fault!.wallClockAt }));
    expect(await issue(freshKiosk)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4001' });
    expect(clockHighWaterRows(freshKiosk.core.db).read()).toBe(Date.parse(MORNING));
    // After a restart the confirmed time holds.
    const restarted = await restart(freshKiosk, fresh, freshDir);
    expect(await clockFault(restarted)).toBeNull();
    expect(await issue(restarted)).toMatchObject({ businessDay: '2026-11-24', displayNumber: '4002' });
  });

  it('trusts the wall clock after an ordinary night off and a restart within the limit', async () => {
    const machine = settableMachineTime(MORNING);
    const dataDir = tempDir();
    let kiosk = startOn(machine, dataDir);
    await issue(kiosk);
    await kiosks.stop(kiosk);
    machine.reboot(22 * HOUR);
    kiosk = startOn(machine, dataDir);
    expect(await clockFault(kiosk)).toBeNull();
    expect(await issue(kiosk)).toMatchObject({ businessDay: '2026-11-25', displayNumber: '4001' });
    machine.pass(HOUR);
    machine.setWallClock(machine.wallMs() + CLOCK_JUMP_LIMIT_MS / 2); // an NTP correction
    kiosk = await restart(kiosk, machine, dataDir);
    expect(await clockFault(kiosk)).toBeNull();
  });
});

describe('a restart or a reboot, told apart by the boot id', () => {
  /**
   * The kiosk stops 10 minutes into a boot and starts again with the wall clock 2 h on and the
   * machine up 1 h: more time since boot than was saved, either on the same boot (the wall clock was
   * moved 1 h forward meanwhile) or on a new boot (the machine was off for a while).
   */
  async function stopAndStartTwoHoursOn(machine: SettableMachineTime, over: 'same boot' | 'new boot') {
    const dataDir = tempDir();
    const kiosk = startOn(machine, dataDir);
    await issue(kiosk);
    machine.pass(10 * 60_000);
    await kiosks.stop(kiosk);
    if (over === 'same boot') {
      machine.pass(HOUR);
      machine.setWallClock(machine.wallMs() + HOUR);
    } else {
      machine.reboot(2 * HOUR, HOUR);
    }
    const restarted = startOn(machine, dataDir);
    return { kiosk: restarted, fault: await clockFault(restarted) };
  }

  it('on the same boot, a wall clock that moved further than time since boot is a fault', async () => {
    const machine = settableMachineTime(MORNING);
    const { kiosk, fault } = await stopAndStartTwoHoursOn(machine, 'same boot');
    expect(fault).toMatchObject({ direction: 'ahead', queueAt: new Date(Date.parse(MORNING) + 70 * 60_000).toISOString() });
    expect(Date.parse((await issue(kiosk)).issuedAt)).toBe(Date.parse(MORNING) + 70 * 60_000);
  });

  it('on a new boot that has been up longer than the last one was, the later wall clock is trusted', async () => {
    const machine = settableMachineTime(MORNING);
    const { kiosk, fault } = await stopAndStartTwoHoursOn(machine, 'new boot');
    expect(fault).toBeNull();
    expect(Date.parse((await issue(kiosk)).issuedAt)).toBe(machine.wallMs());
  });

  it('on a new boot the wall clock still may not go back past where the queue stood', async () => {
    const machine = settableMachineTime(MORNING);
    const dataDir = tempDir();
    let kiosk = startOn(machine, dataDir);
    await issue(kiosk);
    machine.pass(10 * 60_000);
    await kiosks.stop(kiosk);
    machine.reboot(2 * HOUR, HOUR);
    machine.setWallClock(Date.parse(MORNING) - HOUR);
    kiosk = startOn(machine, dataDir);
    expect(await clockFault(kiosk)).toMatchObject({ direction: 'behind' });
  });

  it('where the machine names no boots, a longer time since boot is taken for the same boot (the rule before boot ids)', async () => {
    const machine = settableMachineTime(MORNING, { namesBoots: false });
    expect((await stopAndStartTwoHoursOn(machine, 'new boot')).fault).toMatchObject({ direction: 'ahead' });
    const shortUptime = settableMachineTime(MORNING, { namesBoots: false });
    const dataDir = tempDir();
    let kiosk = startOn(shortUptime, dataDir);
    await issue(kiosk);
    await kiosks.stop(kiosk);
    shortUptime.reboot(2 * HOUR);
    kiosk = startOn(shortUptime, dataDir);
    expect(await clockFault(kiosk)).toBeNull();
  });

  it('reads the boot id Linux gives, and none elsewhere or when it cannot be read', () => {
    const read: string[] = [];
    expect(readBootId('linux', (path) => (read.push(path), '0d6c5b1e-8e3f-4f4e-9a7b-2b1c3d4e5f60\n'))).toBe('0d6c5b1e-8e3f-4f4e-9a7b-2b1c3d4e5f60');
    expect(read).toEqual(['/proc/sys/kernel/random/boot_id']);
    expect(readBootId('win32', () => 'never read')).toBeNull();
    expect(
      readBootId('linux', () => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
    if (process.platform === 'linux') expect(readBootId()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
