/**
 * Wait ranges in the steps a resident reads at a glance: whole minutes up to 10, then 5, 10 and
 * 30 minutes.
 */
function stepAt(minutes: number): number {
  if (minutes <= 10) return 1;
  if (minutes <= 60) return 5;
  if (minutes <= 120) return 10;
  return 30;
}

export function roundDownFriendly(minutes: number): number {
  const step = stepAt(minutes);
  return Math.max(0, Math.floor(minutes / step) * step);
}

export function roundUpFriendly(minutes: number): number {
  const step = stepAt(minutes);
  return Math.ceil(minutes / step) * step;
}

export function roundFriendly(minutes: number): number {
  const step = stepAt(minutes);
  return Math.max(0, Math.round(minutes / step) * step);
}

/** The step after `minutes`, for widening a range that rounding collapsed to one number. */
export function nextFriendly(minutes: number): number {
  return minutes + stepAt(minutes + 1);
}
