import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTags } from '../../../shared/office';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import type { KeypadCommand } from '../keypad/keypadKeys';
import { voiceScriptFor } from './voiceScript';
import { adjustVoice } from './voiceSettings';

export type VoiceCommand = Extract<KeypadCommand, 'help' | 'volumeUp' | 'volumeDown' | 'slower' | 'faster' | 'earphonesIn' | 'earphonesOut'>;

/**
 * Speaks what the screen shows through the system's offline voice (speechSynthesis; README
 * "Voice guidance" says why), only once the resident asked for it: the 음성 안내 switch, the
 * keypad's help key or earphones plugged in. A new screen interrupts what was being said; help
 * says it again; volume and rate keys say it again at the new setting. The idle warning is said
 * when it appears.
 */
export function useVoiceGuidance(state: FlowState, idleWarning: boolean): (command: VoiceCommand) => void {
  const { t } = useTranslation();
  const on = useFlow((s) => s.modes.voice);
  const toggleMode = useFlow((s) => s.toggleMode);
  const settings = useFlow((s) => s.voice);
  const setVoice = useFlow((s) => s.setVoice);
  const { language } = state;
  const text = voiceScriptFor(state, t, settings.listening);

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

  // Speaks on a new screen and again when the resident changed how it sounds.
  useEffect(() => {
    if (on) say(text);
    else window.speechSynthesis?.cancel();
  }, [on, text, say]);

  // The idle warning is said too: a resident who cannot see it would otherwise lose the screen.
  useEffect(() => {
    if (on && idleWarning) say(t('app.idleAlert'));
  }, [on, idleWarning, say, t]);

  return useCallback(
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
}
