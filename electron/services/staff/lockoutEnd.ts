import type { Clock } from '../../../nodeShared/clock';

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

export const NO_LOCKOUT: LockoutEnd = { trustedMs: 0, bootId: null, sinceBootMs: 0 };

export function lockoutEndingIn(clocks: LockoutClocks, forMs: number): LockoutEnd {
  return { trustedMs: clocks.trusted.now() + forMs, bootId: clocks.bootId(), sinceBootMs: clocks.sinceBoot.now() + forMs };
}

/**
 * Milliseconds until both ends passed (the trusted one alone on another boot), or 0. Where boots
 * are not named, time since boot that reads earlier than the lockout began went back: a reboot.
 * A reboot it misses (the new boot already up longer) only holds the lockout longer, by at most
 * that lockout's length.
 */
export function lockedForMs(end: LockoutEnd, clocks: LockoutClocks, lockoutLengthMs: number): number {
  const byTrustedTime = end.trustedMs - clocks.trusted.now();
  const bySinceBoot = end.sinceBootMs - clocks.sinceBoot.now();
  const bootId = clocks.bootId();
  const sameBoot = bootId !== null && end.bootId !== null ? bootId === end.bootId : bySinceBoot <= lockoutLengthMs;
  return Math.max(0, byTrustedTime, sameBoot ? bySinceBoot : 0);
}
