/** Quieter than this (of full scale) counts as silence around a recorded word. */
const THRESHOLD = 0.02;
/** Kept either side of the sound, so soft consonants at the edges are not cut. */
const PAD_SECONDS = 0.015;

/**
 * The part of a recording worth playing, in seconds: recorders leave silence before and after a
 * word, which would put audible holes between the words of a call.
 */
export function audibleRange(samples: ArrayLike<number>, sampleRate: number): { offset: number; duration: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]) < THRESHOLD) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return { offset: 0, duration: 0 };
  const pad = Math.round(PAD_SECONDS * sampleRate);
  const start = Math.max(0, first - pad);
  const end = Math.min(samples.length, last + 1 + pad);
  return { offset: start / sampleRate, duration: (end - start) / sampleRate };
}
