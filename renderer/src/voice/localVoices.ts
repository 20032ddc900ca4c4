import type { Language } from '../../../shared/language';

type SystemVoice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name'>;

/**
 * The computer's own (offline) voice for a language, or undefined where it has none: the kiosk
 * speaks only with voices on the machine, so a language without one falls back to whatever the
 * system picks, or to silence.
 */
export function localVoiceFor<Voice extends SystemVoice>(language: Language, voices: readonly Voice[]): Voice | undefined {
  return voices.find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language));
}
