import type { ClipName } from '../announcement/callClips';
import { audibleRange } from './audibleRange';
import { playChime } from './chime';
import { clipTimeline } from './clipTimeline';
import { wait } from '../wait';

/** 'blocked': the browser's autoplay policy holds the sound back until someone presses a button. */
export type SoundState = 'starting' | 'on' | 'blocked' | 'unavailable';

export type AnnouncementPlayer = {
  /** Chime, then the clips as one sentence, at `volume` (0 to 1); settles when done, at once if sound cannot play. */
  play: (clips: readonly ClipName[], volume: number) => Promise<void>;
  /** Says `text` with the browser's voice for `languageTag` (a call's second language); settles when done or given up. */
  speak: (text: string, languageTag: string, volume: number) => Promise<void>;
  /** Call from a click: lets the page make sound from now on. */
  unlock: () => Promise<void>;
  onSoundState: (listener: (state: SoundState) => void) => () => void;
};

type LoadedClip = { buffer: AudioBuffer; offset: number; duration: number };

/** How long to wait for the browser to let sound start before offering the "enable sound" button. */
const AUTOPLAY_WAIT_MS = 1500;
const VOICE_AFTER_CHIME_SECONDS = 0.15;
/** A browser without a voice for the language may never end the utterance: the board moves on after this. */
const SPEECH_LIMIT_MS = 12_000;

/**
 * Speaks calls with the Web Audio API from recorded clips: nothing is synthesized or fetched
 * from outside the office, so it works offline. Clips are scheduled on the audio clock, so the
 * words of a call follow each other without gaps from timers.
 */
export function createAnnouncementPlayer(clipUrls: Record<ClipName, string>): AnnouncementPlayer {
  if (typeof AudioContext === 'undefined') {
    return {
      play: async () => {},
      speak: async () => {},
      unlock: async () => {},
      onSoundState: (listener) => {
        listener('unavailable');
        return () => {};
      },
    };
  }

  const listeners = new Set<(state: SoundState) => void>();
  let state: SoundState = 'starting';
  function setState(next: SoundState): void {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  }

  const context = new AudioContext({ latencyHint: 'playback' });
  const soundStateOf = (): SoundState => (context.state === 'running' ? 'on' : 'blocked');
  context.addEventListener('statechange', () => setState(soundStateOf()));
  void Promise.race([context.resume(), wait(AUTOPLAY_WAIT_MS)]).then(() => setState(soundStateOf()));

  const loaded = new Map<ClipName, Promise<LoadedClip | null>>();
  function load(name: ClipName): Promise<LoadedClip | null> {
    const known = loaded.get(name);
    if (known) return known;
    const loading = fetch(clipUrls[name])
      .then((response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => context.decodeAudioData(bytes))
      .then((buffer) => ({ buffer, ...audibleRange(buffer.getChannelData(0), buffer.sampleRate) }))
      .catch(() => {
        loaded.delete(name); // try again at the next call: the kiosk may just have been rebooting
        return null;
      });
    loaded.set(name, loading);
    return loading;
  }
  for (const name of Object.keys(clipUrls) as ClipName[]) void load(name);

  async function play(names: readonly ClipName[], volume: number): Promise<void> {
    if (context.state !== 'running') return;
    const clips = await Promise.all(names.map(load));
    // A missing word is skipped rather than the whole call: the rest still tells people where to go.
    const sayable = names.flatMap((name, index) => {
      const clip = clips[index];
      return clip ? [{ name, ...clip }] : [];
    });

    const output = context.createGain();
    output.gain.value = volume;
    output.connect(context.destination);
    const chimeEnd = playChime(context, output, context.currentTime + 0.05);
    const { timeline, endsAt } = clipTimeline(sayable, chimeEnd + VOICE_AFTER_CHIME_SECONDS);
    for (const { buffer, offset, duration, at } of timeline) {
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.connect(output);
      source.start(at, offset, duration);
    }
    await wait((endsAt - context.currentTime) * 1000);
  }

  /** Held back with the clips until sound may play, so a blocked board stays silent in every language. */
  async function speak(text: string, languageTag: string, volume: number): Promise<void> {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (context.state !== 'running' || !synth) return;
    await new Promise<void>((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = languageTag;
      utterance.volume = volume;
      const voice = synth.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(languageTag.slice(0, 2).toLowerCase()));
      if (voice) utterance.voice = voice;
      const giveUp = setTimeout(resolve, SPEECH_LIMIT_MS);
      utterance.onend = utterance.onerror = () => {
        clearTimeout(giveUp);
        resolve();
      };
      synth.speak(utterance);
    });
  }

  return {
    play,
    speak,
    unlock: async () => {
      await context.resume();
      setState(soundStateOf());
    },
    onSoundState: (listener) => {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
  };
}
