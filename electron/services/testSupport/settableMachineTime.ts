import type { MachineTime } from '../queue/machineTime';

export interface SettableMachineTime extends MachineTime {
  /** Time passes: both clocks move together. */
  pass(ms: number): void;
  /** Only the wall clock moves (a jump); `to` is an ISO instant or epoch milliseconds. */
  setWallClock(to: string | number): void;
  /**
   * The machine reboots and the kiosk starts again `offForMs` later, the new boot having been up
   * `upForMs` of it: time since boot starts again (near zero unless told), and the boot gets a new id.
   */
  reboot(offForMs: number, upForMs?: number): void;
}

/**
 * A machine whose clocks tests and the fault suite move by hand. It names its boots as Linux does,
 * unless `namesBoots` is false (Windows, or a Linux without /proc).
 */
export function settableMachineTime(wallAt: string | number, { namesBoots = true }: { namesBoots?: boolean } = {}): SettableMachineTime {
  let wall = typeof wallAt === 'string' ? Date.parse(wallAt) : wallAt;
  let sinceBoot = 60_000;
  let boot = 1;
  return {
    wallMs: () => wall,
    sinceBootMs: () => sinceBoot,
    bootId: () => (namesBoots ? `test-boot-${boot}` : null),
    pass(ms) {
      wall += ms;
      sinceBoot += ms;
    },
    setWallClock(to) {
      wall = typeof to === 'string' ? Date.parse(to) : to;
    },
    reboot(offForMs, upForMs = 30_000) {
      wall += offForMs;
      sinceBoot = upForMs;
      boot += 1;
    },
  };
}
