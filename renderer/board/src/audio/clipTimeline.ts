import type { ClipName } from '../announcement/callClips';

/** Words of one number run together; the comma after "번 고객님" is a breath. */
const GAP_SECONDS = 0.02;
const COMMA_SECONDS = 0.35;

function gapAfter(clip: ClipName): number {
  return clip === 'beon-gogaengnim' ? COMMA_SECONDS : GAP_SECONDS;
}

/** When each clip of a call starts, back to back from `startAt` (seconds), and when the last ends. */
export function clipTimeline<T extends { name: ClipName; duration: number }>(
  clips: readonly T[],
  startAt: number,
): { timeline: Array<T & { at: number }>; endsAt: number } {
  const timeline: Array<T & { at: number }> = [];
  let at = startAt;
  clips.forEach((clip, index) => {
    timeline.push({ ...clip, at });
    at += clip.duration;
    if (index < clips.length - 1) at += gapAfter(clip.name);
  });
  return { timeline, endsAt: at };
}
