import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * What the machine says about time: the wall clock, which anyone (a bad CMOS battery, a wrong NTP
 * answer, a person) can move, and the time since the machine booted, which only runs forward.
 */
export interface MachineTime {
  wallMs(): number;
  sinceBootMs(): number;
}

let bootOffsetMs: number | undefined;

/**
 * This machine. Time since boot is the OS uptime (it counts sleep on Windows and Linux), read once
 * and then carried forward by the process's monotonic clock for millisecond resolution.
 */
export const systemMachineTime: MachineTime = {
  wallMs: () => Date.now(),
  sinceBootMs: () => {
    bootOffsetMs ??= uptime() * 1000 - performance.now();
    return bootOffsetMs + performance.now();
  },
};
