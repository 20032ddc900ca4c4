import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * What the machine says about time: the wall clock, which anyone (a bad CMOS battery, a wrong NTP
 * answer, a person) can move, and the time since the machine booted, which only runs forward.
 */
export interface MachineTime {
  wallMs(): number;
  sinceBootMs(): number;
  /** Names this boot (a reboot gets another); null where the OS does not say. */
  bootId(): string | null;
}

const LINUX_BOOT_ID = '/proc/sys/kernel/random/boot_id';

/** Linux names every boot with a random id; elsewhere (or if it cannot be read) there is none. */
export function readBootId(platform: NodeJS.Platform = process.platform, readFile: (path: string) => string = (path) => readFileSync(path, 'utf8')): string | null {
  if (platform !== 'linux') return null;
  try {
    return readFile(LINUX_BOOT_ID).trim() || null;
  } catch {
    return null;
  }
}

let bootOffsetMs: number | undefined;
let thisBootId: string | null | undefined;

/**
 * This machine. Time since boot is the OS uptime (it counts sleep on Windows and Linux), read once
 * and then carried forward by the process's monotonic clock for millisecond resolution. In whole
 * milliseconds, as the wall clock is: lockout ends and the queue's time projected over a clock fault
 * are kept in INTEGER columns, which refuse a fraction.
 */
export const systemMachineTime: MachineTime = {
  wallMs: () => Date.now(),
  sinceBootMs: () => {
    bootOffsetMs ??= uptime() * 1000 - performance.now();
    return Math.floor(bootOffsetMs + performance.now());
  },
  bootId: () => (thisBootId === undefined ? (thisBootId = readBootId()) : thisBootId),
};
