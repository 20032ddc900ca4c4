import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTags } from '../../../shared/language';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import type { KeypadCommand } from '../keypad/keypadKeys';
import type { ResidentMode } from '../modes/residentModes';
import { sentences } from '../sentences';
import { voiceScriptFor } from './voiceScript';
import { adjustVoice } from './voiceSettings';

export type VoiceCommand = Extract<KeypadCommand, 'help' | 'volumeUp' | 'volumeDown' | 'slower' | 'faster' | 'earphonesIn' | 'earphonesOut'>;

export interface VoiceGuidance {
  /** A voice key of the keypad (help, volume, rate, the earphone jack). */
  onKey(command: VoiceCommand): void;
  /** Turns a mode on or off and says so: "큰 글자 켜짐", and "음성 안내 꺼짐" as the voice's last words. */
  toggleMode(mode: ResidentMode): void;
}

/**
 * Speaks what the screen shows through the system's offline voice (speechSynthesis; README
 * "Voice guidance" says why), only once the resident asked for it: the 음성 안내 switch, the
 * keypad's help key or earphones plugged in. A new screen interrupts what was being said; help
 * says it again; volume and rate keys say it again at the new setting. The idle warning is said
 * when it appears, and a mode turned on or off is said as it changes.
 */
export function useVoiceGuidance(state: FlowState, idleWarning: boolean): VoiceGuidance {
  const { t } = useTranslation();
  const on = useFlow((s) => s.modes.voice);
  const modes = useFlow((s) => s.modes);
  const toggleStoredMode = useFlow((s) => s.toggleMode);
  const settings = useFlow((s) => s.voice);
  const setVoice = useFlow((s) => s.setVoice);
  const { language } = state;
  const text = voiceScriptFor(state, t, settings.listening);
  /** The voice switched by the resident, said before the screen (on) or instead of silence (off). */
  const voiceSwitched = useRef('');

  const say = useCallback(
    (words: string) => {
      const synth = window.speechSynthesis as SpeechSynthesis | undefined;
      if (!synth) return;
      synth.cancel();
      if (!words) return;
      const utterance = new SpeechSynthesisUtterance(words);
      utterance.lang = languageTags[language];
      utterance.volume = settings.volume;
      utterance.rate = settings.rate;
      const local = synth.getVoices().find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language));
      if (local) utterance.voice = local;
      synth.speak(utterance);
    },
    [language, settings.volume, settings.rate],
  );

  // Speaks on a new screen and again when the resident changed how it sounds; a reset for the next resident falls silent.
  useEffect(() => {
    const switched = voiceSwitched.current;
    voiceSwitched.current = '';
    if (on) say(sentences(language, switched, text));
    else if (switched) say(switched);
    else window.speechSynthesis?.cancel();
  }, [on, text, say, language]);

  // The idle warning is said too: a resident who cannot see it would otherwise lose the screen.
  useEffect(() => {
    if (on && idleWarning) say(t('app.idleAlert'));
  }, [on, idleWarning, say, t]);

  const toggleMode = useCallback(
    (mode: ResidentMode) => {
      const phrase = t(modes[mode] ? 'modes.turnedOff' : 'modes.turnedOn', { mode: t(`modes.${mode}`) });
      if (mode === 'voice') voiceSwitched.current = phrase;
      else if (on) say(phrase);
      toggleStoredMode(mode);
    },
    [modes, on, say, t, toggleStoredMode],
  );

  const onKey = useCallback(
    (command: VoiceCommand) => {
      switch (command) {
        case 'help':
          if (on) say(text);
          else toggleMode('voice');
          return;
        case 'earphonesIn':
          setVoice({ ...settings, listening: 'earphones' });
          if (!on) toggleMode('voice');
          return;
        case 'earphonesOut':
          setVoice({ ...settings, listening: 'speaker' });
          return;
        default:
          setVoice(adjustVoice(settings, command));
      }
    },
    [on, text, say, toggleMode, settings, setVoice],
  );
  return { onKey, toggleMode };
}
