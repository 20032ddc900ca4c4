import type { Clock } from '../../../nodeShared/clock';
import { lockoutMs, type GrowingLockout } from './growingLockout';

/**
 * Where a lockout ends, on two clocks: the queue's trusted time, and the time since boot on the boot
 * it began. The trusted time takes a forward jump under the clock-jump limit as an NTP correction,
 * so someone with access to the OS could shorten a lockout by nearly that limit per jump; time
 * since boot cannot be set. A reboot restarts time since boot, so on a new boot only the trusted
 * time holds.
 */
export interface LockoutEnd {
  trustedMs: number;
  /** The boot the lockout began on, or null where the OS does not name its boots. */
  bootId: string | null;
  sinceBootMs: number;
}

export interface LockoutClocks {
  trusted: Clock;
  sinceBoot: Clock;
  bootId(): string | null;
}

/** Wrong attempts in a row since the last right one, and where the lockout they started ends. */
export interface CountedLockout {
  consecutiveFailures: number;
  end: LockoutEnd;
}

export const NO_LOCKOUT: LockoutEnd = { trustedMs: 0, bootId: null, sinceBootMs: 0 };

/** Simulated time (bench, route tests): one clock stands for both, and no boot is named. */
export const lockoutClocksOn = (clock: Clock): LockoutClocks => ({ trusted: clock, sinceBoot: clock, bootId: () => null });

function lockoutEndingIn(clocks: LockoutClocks, forMs: number): LockoutEnd {
  return { trustedMs: clocks.trusted.now() + forMs, bootId: clocks.bootId(), sinceBootMs: clocks.sinceBoot.now() + forMs };
}

/**
 * Milliseconds until both ends passed (the trusted one alone on another boot), or 0. Where boots
 * are not named, time since boot that reads earlier than the lockout began went back: a reboot.
 * A reboot it misses (the new boot already up longer) only holds the lockout longer, by at most
 * that lockout's length.
 */
function lockedForMs(end: LockoutEnd, clocks: LockoutClocks, lockoutLengthMs: number): number {
  const byTrustedTime = end.trustedMs - clocks.trusted.now();
  const bySinceBoot = end.sinceBootMs - clocks.sinceBoot.now();
  const bootId = clocks.bootId();
  const sameBoot = bootId !== null && end.bootId !== null ? bootId === end.bootId : bySinceBoot <= lockoutLengthMs;
  return Math.max(0, byTrustedTime, sameBoot ? bySinceBoot : 0);
}

/** Milliseconds until `lockout`, under `rule`, lets the next attempt through, or 0. */
export function refusedForMs(lockout: CountedLockout, rule: GrowingLockout, clocks: LockoutClocks): number {
  return lockedForMs(lockout.end, clocks, lockoutMs(lockout.consecutiveFailures, rule));
}

/** One more wrong attempt: the count goes up and, once past the free ones, a lockout starts now. */
export function afterWrongAttempt(lockout: CountedLockout, rule: GrowingLockout, clocks: LockoutClocks): CountedLockout & { lockoutMs: number } {
  const consecutiveFailures = lockout.consecutiveFailures + 1;
  const length = lockoutMs(consecutiveFailures, rule);
  return { consecutiveFailures, end: lockoutEndingIn(clocks, length), lockoutMs: length };
}
