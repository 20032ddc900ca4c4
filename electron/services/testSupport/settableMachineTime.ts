import type { MachineTime } from '../queue/machineTime';

export interface SettableMachineTime extends MachineTime {
  /** Time passes: both clocks move together. */
  pass(ms: number): void;
  /** Only the wall clock moves (a jump); `to` is an ISO instant or epoch milliseconds. */
  setWallClock(to: string | number): void;
  /** The machine restarts `offForMs` later: time since boot starts again near zero. */
  reboot(offForMs: number): void;
}

/** A machine whose clocks tests and the fault suite move by hand. */
export function settableMachineTime(wallAt: string | number): SettableMachineTime {
  let wall = typeof wallAt === 'string' ? Date.parse(wallAt) : wallAt;
  let sinceBoot = 60_000;
  return {
    wallMs: () => wall,
    sinceBootMs: () => sinceBoot,
    pass(ms) {
      wall += ms;
      sinceBoot += ms;
    },
    setWallClock(to) {
      wall = typeof to === 'string' ? Date.parse(to) : to;
    },
    reboot(offForMs) {
      wall += offForMs;
      sinceBoot = 30_000;
    },
  };
}
