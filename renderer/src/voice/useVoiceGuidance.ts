import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTags } from '../../../shared/office';
import { spokenTicketNumber } from '../../../shared/spokenNumbers';
import { announcementFor } from '../announcement';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import type { KeypadCommand } from '../keypad/keypadKeys';

export type VoiceCommand = Extract<KeypadCommand, 'help' | 'volumeUp' | 'volumeDown'>;

const VOLUME_STEP = 0.2;

/**
 * Speaks what the screen shows through the system's offline voice (speechSynthesis; README
 * "Voice guidance" says why), only once the resident asked for it: the 음성 안내 switch or the
 * keypad's help key. A new screen interrupts what was being said; help says it again.
 */
export function useVoiceGuidance(state: FlowState): (command: VoiceCommand) => void {
  const { t } = useTranslation();
  const on = useFlow((s) => s.modes.voice);
  const toggleMode = useFlow((s) => s.toggleMode);
  const volume = useRef(1);
  const { language } = state;
  const text =
    state.name === 'start'
      ? [t('start.title'), t('start.instruction'), t('start.chooseLanguage')].join(' ')
      : announcementFor(state, t, (displayNumber) => spokenTicketNumber(displayNumber, language));

  const say = useCallback(
    (words: string) => {
      const synth = window.speechSynthesis as SpeechSynthesis | undefined;
      if (!synth) return;
      synth.cancel();
      if (!words) return;
      const utterance = new SpeechSynthesisUtterance(words);
      utterance.lang = languageTags[language];
      utterance.volume = volume.current;
      const local = synth.getVoices().find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language));
      if (local) utterance.voice = local;
      synth.speak(utterance);
    },
    [language],
  );

  useEffect(() => {
    if (on) say(text);
    else window.speechSynthesis?.cancel();
  }, [on, text, say]);

  return useCallback(
    (command: VoiceCommand) => {
      if (command === 'help') {
        if (on) say(text);
        else toggleMode('voice');
        return;
      }
      volume.current = Math.min(1, Math.max(VOLUME_STEP, volume.current + (command === 'volumeUp' ? VOLUME_STEP : -VOLUME_STEP)));
      if (on) say(text);
    },
    [on, text, say, toggleMode],
  );
}
