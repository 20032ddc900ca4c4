/** Ding–dong: two falling bell tones, the sound residents know from Korean call systems. */
const notes = [
  { frequency: 659.25, at: 0, seconds: 1.0 },
  { frequency: 523.25, at: 0.5, seconds: 1.3 },
] as const;
const PEAK_GAIN = 0.3;

/** Schedules the chime into `output` from `at` (seconds, context time); returns when it has died away. */
export function playChime(context: AudioContext, output: AudioNode, at: number): number {
  let endsAt = at;
  for (const note of notes) {
    const start = at + note.at;
    const end = start + note.seconds;
    const envelope = context.createGain();
    envelope.gain.setValueAtTime(0, start);
    envelope.gain.linearRampToValueAtTime(PEAK_GAIN, start + 0.01);
    envelope.gain.exponentialRampToValueAtTime(0.001, end);
    envelope.connect(output);
    // A quiet octave above the fundamental makes it sound like a bell rather than a beep.
    for (const [ratio, level] of [
      [1, 1],
      [2, 0.25],
    ] as const) {
      const tone = context.createOscillator();
      const toneGain = context.createGain();
      tone.type = 'sine';
      tone.frequency.value = note.frequency * ratio;
      toneGain.gain.value = level;
      tone.connect(toneGain).connect(envelope);
      tone.start(start);
      tone.stop(end + 0.05);
    }
    endsAt = Math.max(endsAt, end);
  }
  return endsAt;
}
